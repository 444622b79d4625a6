using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>
/// The workshop's people (owner's page and the API): members with accounts and pending invitations. Every
/// call asks the member's role first (<see cref="Area.People"/>); another workshop's rows are not visible.
/// </summary>
internal sealed class PeopleService(MesContexts contexts, AccountSignals signals, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<MemberSummary>> MembersAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.People, Operation.Read);
        await using var db = member.OpenData(contexts);
        var memberships = await db.Memberships.ToListAsync(cancellationToken);
        var ids = memberships.Select(m => m.UserId).ToList();
        var users = await AccountReads.Users(db).Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        return memberships
            .Where(m => users.ContainsKey(m.UserId))
            .Select(m => new MemberSummary(m.Id, m.UserId, users[m.UserId].DisplayName, users[m.UserId].Email ?? string.Empty, m.Role, m.GrantedAt))
            .OrderBy(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Changes a member's role (their open pages reload with it); null when there is no such member here. The last owner stays owner.</summary>
    public async Task<Validated<MemberSummary>?> ChangeRoleAsync(WorkshopMember member, Guid membershipId, string? role, CancellationToken cancellationToken)
    {
        member.Demand(Area.People, Operation.Change);
        var errors = new Dictionary<string, string[]>();
        var newRole = ParseRole(errors, role);
        await using var db = member.OpenData(contexts);
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return null;
        }

        if (newRole is not { } chosen)
        {
            return new Validated<MemberSummary>(null, errors);
        }

        if (membership.Role == WorkshopRole.Owner && chosen != WorkshopRole.Owner)
        {
            await EnsureAnotherOwnerAsync(db, cancellationToken);
        }

        membership.ChangeRole(chosen);
        await db.SaveChangesAsync(cancellationToken);
        signals.Changed(membership.UserId);
        var user = await AccountReads.Users(db).SingleAsync(u => u.Id == membership.UserId, cancellationToken);
        return new Validated<MemberSummary>(new MemberSummary(membership.Id, user.Id, user.DisplayName, user.Email ?? string.Empty, membership.Role, membership.GrantedAt), errors);
    }

    /// <summary>Takes the member out of the workshop (every right there ends, open pages too); false when there is no such member.</summary>
    public async Task<bool> RemoveAsync(WorkshopMember member, Guid membershipId, CancellationToken cancellationToken)
    {
        member.Demand(Area.People, Operation.Delete);
        await using var db = member.OpenData(contexts);
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return false;
        }

        if (membership.Role == WorkshopRole.Owner)
        {
            await EnsureAnotherOwnerAsync(db, cancellationToken);
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        signals.Changed(membership.UserId);
        return true;
    }

    public async Task<IReadOnlyList<InvitationSummary>> PendingInvitationsAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.People, Operation.Read);
        var now = clock.GetUtcNow();
        await using var db = member.OpenData(contexts);
        return await db.Invitations
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => new InvitationSummary(i.Id, i.Role, i.Email, i.DisplayName, i.InvitedBy, i.CreatedAt, i.ExpiresAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Makes an invitation and returns its one-time token value (for the <c>/join/…</c> link).</summary>
    public async Task<Validated<InvitationIssued>> InviteAsync(WorkshopMember member, InviteRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.People, Operation.Create);
        var errors = Validate(request, out var role);
        await using var db = member.OpenData(contexts);
        var email = request.Email?.Trim().ToLowerInvariant();
        if (errors.Count == 0 && role != WorkshopRole.Worker && await IsMemberAsync(db, email!, cancellationToken))
        {
            errors["email"] = [text["People.AlreadyMember"]];
        }

        if (errors.Count > 0)
        {
            return new Validated<InvitationIssued>(null, errors);
        }

        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) ? email!.Split('@')[0] : request.DisplayName.Trim();
        var invitation = new Invitation(member.Workshop.Id, role, role == WorkshopRole.Worker ? null : email, displayName, member.Actor.Name, clock.GetUtcNow());
        var token = invitation.IssueToken();
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<InvitationIssued>(new InvitationIssued(Summary(invitation), token.Value), errors);
    }

    /// <summary>Withdraws a pending invitation so its link stops working; false when there is no such invitation.</summary>
    public async Task<bool> RevokeInvitationAsync(WorkshopMember member, Guid invitationId, CancellationToken cancellationToken)
    {
        member.Demand(Area.People, Operation.Delete);
        await using var db = member.OpenData(contexts);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null)
        {
            return false;
        }

        invitation.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The one validation of an invitation, used by the API and the page alike.</summary>
    public Dictionary<string, string[]> Validate(InviteRequest request, out WorkshopRole role)
    {
        var errors = new Dictionary<string, string[]>();
        role = ParseRole(errors, request.Role) ?? WorkshopRole.Worker;
        if (errors.ContainsKey("role"))
        {
            return errors;
        }

        if (role == WorkshopRole.Worker)
        {
            AccountRules.CheckName(errors, text, "displayName", request.DisplayName);
        }
        else
        {
            AccountRules.CheckEmail(errors, text, "email", request.Email);
            if (!string.IsNullOrWhiteSpace(request.DisplayName))
            {
                AccountRules.CheckName(errors, text, "displayName", request.DisplayName);
            }
        }

        return errors;
    }

    internal static InvitationSummary Summary(Invitation i) => new(i.Id, i.Role, i.Email, i.DisplayName, i.InvitedBy, i.CreatedAt, i.ExpiresAt);

    private WorkshopRole? ParseRole(Dictionary<string, string[]> errors, string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            errors["role"] = [text["Validation.Required"]];
            return null;
        }

        if (!Enum.TryParse<WorkshopRole>(role.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(role, out _))
        {
            errors["role"] = [text["Validation.Role"]];
            return null;
        }

        return parsed;
    }

    private static async Task<bool> IsMemberAsync(MesDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = email.ToUpperInvariant();
        var members = db.Memberships.Select(m => m.UserId);
        return await AccountReads.Users(db).AnyAsync(u => u.NormalizedEmail == normalized && members.Contains(u.Id), cancellationToken);
    }

    private static async Task EnsureAnotherOwnerAsync(MesDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Memberships.CountAsync(m => m.Role == WorkshopRole.Owner, cancellationToken) <= 1)
        {
            throw new DomainRuleException("membership.last_owner", "A workshop keeps at least one owner; make someone else owner first.");
        }
    }
}

/// <summary>A saved invitation and the token of its link.</summary>
internal sealed record InvitationIssued(InvitationSummary Invitation, string Token);
