using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Identity;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// Builds a new account with every check Identity makes (e-mail free and valid, password long and not common),
/// without saving it, so callers can save it in the same transaction as what goes with it (a membership).
/// </summary>
public sealed class AccountCreation(UserManager<MesUser> users, IStringLocalizer<SharedResource> text, TimeProvider clock)
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
public sealed class FirstRun(MesContexts contexts)
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

/// <summary>
/// Creates platform admins: the first from the one-time set-up page or the <c>create-admin</c> command, more
/// from the command. In the demo (ADR 0012) the first admin also becomes owner of the demo workshops.
/// </summary>
internal sealed class PlatformAdmins(
    AccountCreation accounts,
    UserManager<MesUser> users,
    MesContexts contexts,
    DatabaseMode mode,
    TimeProvider clock)
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

        if (first && mode.SeedDemoData)
        {
            await OwnDemoWorkshopsAsync(user, cancellationToken);
        }

        return prepared;
    }

    private async Task OwnDemoWorkshopsAsync(MesUser user, CancellationToken cancellationToken)
    {
        List<Guid> workshops;
        await using (var platform = contexts.ForPlatform())
        {
            workshops = await platform.Workshops.Select(w => w.Id).ToListAsync(cancellationToken);
        }

        var actor = new AuditActor(ActorKind.User, user.Id, user.DisplayName);
        foreach (var workshopId in workshops)
        {
            await using var db = contexts.ForWorkshop(workshopId, actor, user.Id);
            db.Memberships.Add(new Membership(workshopId, user.Id, WorkshopRole.Owner, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
