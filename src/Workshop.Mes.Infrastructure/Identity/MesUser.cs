using Microsoft.AspNetCore.Identity;

namespace Workshop.Mes.Infrastructure.Identity;

/// <summary>
/// A person who signs in with e-mail and password: owners, managers, consultants and the platform admin.
/// What they may do in a workshop comes from their membership there, not from the account.
/// </summary>
public sealed class MesUser : IdentityUser<Guid>
{
    public MesUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Runs the server: creates workshops and invites their owners; sees no workshop's data by that alone.</summary>
    public bool IsPlatformAdmin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A disabled user cannot sign in, and their open sessions end.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
