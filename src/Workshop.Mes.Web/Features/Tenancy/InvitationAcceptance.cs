using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Identity;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>What the <c>/join/…</c> page needs to know about its link.</summary>
internal sealed record InvitationView(
    InvitationState State,
    WorkshopRole Role,
    string WorkshopName,
    string? Email,
    string DisplayName,
    bool HasAccount,
    DateTimeOffset ExpiresAt);

/// <summary>
/// Accepting an invitation link. The token names its workshop, so everything runs inside that workshop only.
/// Account roles create an account (or sign in to the existing one) and get a membership; a worker picks a PIN
/// and gets a worker profile, no account. A used, withdrawn, expired or unknown link changes nothing.
/// </summary>
internal sealed class InvitationAcceptance(
    MesContexts contexts,
    UserManager<MesUser> users,
    AccountCreation accounts,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    /// <summary>The invitation behind the link, or null when the link is unknown or malformed.</summary>
    public async Task<InvitationView?> InspectAsync(string? tokenValue, CancellationToken cancellationToken)
    {
        var token = CredentialToken.TryParse(tokenValue, CredentialToken.InvitationPrefix);
        if (token is null)
        {
            return null;
        }

        await using var db = contexts.ForWorkshop(token.WorkshopId, AuditActor.System);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == token.Id, cancellationToken);
        if (invitation is null || !SecretHash.Matches(token.Secret, invitation.TokenHash))
        {
            return null;
        }

        var workshop = await db.Workshops.Where(w => w.Id == token.WorkshopId).Select(w => w.Name).SingleAsync(cancellationToken);
        var hasAccount = invitation.Email is { } email && await users.FindByEmailAsync(email) is not null;
        return new InvitationView(invitation.StateAt(clock.GetUtcNow()), invitation.Role, workshop, invitation.Email, invitation.DisplayName, hasAccount, invitation.ExpiresAt);
    }

    /// <summary>Creates the invited person's account and membership in one transaction; returns the new account.</summary>
    public async Task<Validated<MesUser>> AcceptWithNewAccountAsync(string tokenValue, string? displayName, string? password, string? confirmPassword, CancellationToken cancellationToken)
    {
        var (token, db, invitation) = await OpenAsync(tokenValue, cancellationToken);
        await using (db)
        {
            if (invitation.Role == WorkshopRole.Worker || invitation.Email is null)
            {
                throw new DomainRuleException("invitation.invalid", "This invitation link is not valid.");
            }

            var prepared = await accounts.PrepareAsync(displayName, invitation.Email, password, confirmPassword);
            if (prepared.Value is not { } user)
            {
                return prepared;
            }

            var now = clock.GetUtcNow();
            await using var claim = await ClaimAsync(db, token, invitation, now, cancellationToken);
            db.Users.Add(user);
            db.Memberships.Add(new Membership(invitation.WorkshopId, user.Id, invitation.Role, now));
            await db.SaveChangesAsync(cancellationToken);
            await claim.CommitAsync(cancellationToken);
            return prepared;
        }
    }

    /// <summary>A signed-in person accepts with their existing account; the invitation's e-mail must be theirs.</summary>
    public async Task<Validated<MesUser>> AcceptAsExistingUserAsync(string tokenValue, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var (token, db, invitation) = await OpenAsync(tokenValue, cancellationToken);
        await using (db)
        {
            var user = await users.GetUserAsync(principal);
            if (user is null || invitation.Email is null || !string.Equals(user.NormalizedEmail, users.NormalizeEmail(invitation.Email), StringComparison.Ordinal))
            {
                return new Validated<MesUser>(null, new Dictionary<string, string[]> { ["email"] = [text["Join.OtherAccount", invitation.Email ?? string.Empty]] });
            }

            var now = clock.GetUtcNow();
            await using var claim = await ClaimAsync(db, token, invitation, now, cancellationToken);
            if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id, cancellationToken))
            {
                db.Memberships.Add(new Membership(invitation.WorkshopId, user.Id, invitation.Role, now));
            }

            await db.SaveChangesAsync(cancellationToken);
            await claim.CommitAsync(cancellationToken);
            return new Validated<MesUser>(user, new Dictionary<string, string[]>());
        }
    }

    /// <summary>A worker picks their PIN: a worker profile with a new badge code is made; no account.</summary>
    public async Task<Validated<Worker>> AcceptAsWorkerAsync(string tokenValue, string? pin, string? confirmPin, CancellationToken cancellationToken)
    {
        var (token, db, invitation) = await OpenAsync(tokenValue, cancellationToken);
        await using (db)
        {
            if (invitation.Role != WorkshopRole.Worker)
            {
                throw new DomainRuleException("invitation.invalid", "This invitation link is not valid.");
            }

            var errors = new Dictionary<string, string[]>();
            string? valid = null;
            try
            {
                valid = PinPolicy.Validate(pin);
            }
            catch (DomainRuleException broken)
            {
                errors["pin"] = [RuleText.Of(text, broken)];
            }

            if (valid is not null && valid != confirmPin?.Trim())
            {
                errors["confirmPin"] = [text["Join.PinMismatch"]];
            }

            if (errors.Count > 0)
            {
                return new Validated<Worker>(null, errors);
            }

            var worker = new Worker(invitation.WorkshopId, invitation.DisplayName, await NewBadgeCodeAsync(db, cancellationToken), 0);
            worker.SetPinHash(PinHasher.Hash(worker, valid!));
            await using var claim = await ClaimAsync(db, token, invitation, clock.GetUtcNow(), cancellationToken);
            db.Workers.Add(worker);
            await db.SaveChangesAsync(cancellationToken);
            await claim.CommitAsync(cancellationToken);
            return new Validated<Worker>(worker, errors);
        }
    }

    /// <summary>Opens the token's workshop and its invitation; throws the invitation's rule when it cannot be used.</summary>
    private async Task<(CredentialToken Token, MesDbContext Db, Invitation Invitation)> OpenAsync(string tokenValue, CancellationToken cancellationToken)
    {
        var token = CredentialToken.TryParse(tokenValue, CredentialToken.InvitationPrefix)
            ?? throw new DomainRuleException("invitation.invalid", "This invitation link is not valid.");
        var db = contexts.ForWorkshop(token.WorkshopId, new AuditActor(ActorKind.User, null, "invitation"));
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == token.Id, cancellationToken);
        if (invitation is null)
        {
            await db.DisposeAsync();
            throw new DomainRuleException("invitation.invalid", "This invitation link is not valid.");
        }

        try
        {
            invitation.EnsureUsable(token, clock.GetUtcNow());
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        return (token, db, invitation);
    }

    /// <summary>
    /// Accepts the invitation and claims it in the database in a transaction the caller commits with what the link
    /// creates: of requests using the link at the same moment exactly one claims it, the others wait on the row and
    /// are told it was used (as a pairing code is claimed).
    /// </summary>
    private static async Task<IDbContextTransaction> ClaimAsync(MesDbContext db, CredentialToken token, Invitation invitation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        invitation.Accept(token, now);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, invitation.AcceptedAt), cancellationToken);
        if (claimed == 0)
        {
            await transaction.DisposeAsync();
            throw new DomainRuleException("invitation.used", "This invitation has already been used.");
        }

        return transaction;
    }

    /// <summary>A six-digit badge code not yet used in the workshop (the badge is printed later; people can type it).</summary>
    private static async Task<string> NewBadgeCodeAsync(MesDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = "W" + RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.Workers.AnyAsync(w => w.BadgeCode == code, cancellationToken))
            {
                return code;
            }
        }
    }
}
