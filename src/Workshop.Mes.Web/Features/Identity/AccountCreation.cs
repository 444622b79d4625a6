using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// Builds a new account with every check Identity makes (e-mail free and valid, password long and not common),
/// without saving it, so callers can save it in the same transaction as what goes with it (a membership).
/// </summary>
[ModuleSurface]
internal sealed class AccountCreation(UserManager<MesUser> users, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public async Task<Validated<MesUser>> PrepareAsync(string? displayName, string? email, string? password, string? confirmPassword)
    {
        var errors = new Dictionary<string, string[]>();
        AccountRules.CheckName(errors, text, "displayName", displayName);
        AccountRules.CheckEmail(errors, text, "email", email);
        AccountRules.CheckNewPassword(errors, text, password, confirmPassword);
        if (errors.Count > 0)
        {
            return new Validated<MesUser>(null, errors);
        }

        var address = email!.Trim().ToLowerInvariant();
        var user = new MesUser
        {
            Email = address,
            UserName = address,
            NormalizedEmail = users.NormalizeEmail(address),
            NormalizedUserName = users.NormalizeName(address),
            DisplayName = TypedText.Clean(displayName!),
            EmailConfirmed = true,
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        foreach (var validator in users.UserValidators)
        {
            AccountRules.AddPasswordErrors(errors, await validator.ValidateAsync(users, user), "email");
        }

        foreach (var validator in users.PasswordValidators)
        {
            AccountRules.AddPasswordErrors(errors, await validator.ValidateAsync(users, user, password));
        }

        if (errors.Count > 0)
        {
            return new Validated<MesUser>(null, errors);
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password!);
        return new Validated<MesUser>(user, errors);
    }
}

/// <summary>Whether the server still needs its first account; once it has one, that is remembered.</summary>
internal sealed class FirstRun(MesContexts contexts)
{
    public const string SetupPath = "/setup";

    private volatile bool _done;

    public async Task<bool> IsNeededAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return false;
        }

        await using var db = contexts.ForPlatform();
        _done = await db.Users.AnyAsync(cancellationToken);
        return !_done;
    }
}
