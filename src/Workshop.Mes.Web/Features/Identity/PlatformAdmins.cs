using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>What another module does once a platform admin's account exists (<c>first</c>: the server's first account).</summary>
[ModuleSurface]
internal interface IPlatformAdminCreated
{
    Task CreatedAsync(MesUser admin, bool first, CancellationToken cancellationToken);
}

/// <summary>
/// Creates platform admins: the first from the one-time set-up page or the <c>create-admin</c> command, more
/// from the command. What else a new admin gets (in the demo, the demo workshops: ADR 0012) is other modules'
/// business, through <see cref="IPlatformAdminCreated"/>.
/// </summary>
internal sealed class PlatformAdmins(
    AccountCreation accounts,
    UserManager<MesUser> users,
    MesContexts contexts,
    IEnumerable<IPlatformAdminCreated> followUps)
{
    public async Task<Validated<MesUser>> CreateAsync(string? displayName, string? email, string? password, string? confirmPassword, CancellationToken cancellationToken)
    {
        var prepared = await accounts.PrepareAsync(displayName, email, password, confirmPassword);
        if (prepared.Value is not { } user)
        {
            return prepared;
        }

        bool first;
        await using (var platform = contexts.ForPlatform())
        {
            first = !await platform.Users.AnyAsync(cancellationToken);
        }

        user.IsPlatformAdmin = true;
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            var errors = new Dictionary<string, string[]>();
            AccountRules.AddPasswordErrors(errors, created, "email");
            return new Validated<MesUser>(null, errors);
        }

        foreach (var followUp in followUps)
        {
            await followUp.CreatedAsync(user, first, cancellationToken);
        }

        return prepared;
    }
}
