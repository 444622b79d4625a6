using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>A person with an account who belongs to the workshop; <see cref="Id"/> is the membership's id.</summary>
internal sealed record MemberSummary(Guid Id, Guid UserId, string DisplayName, string Email, WorkshopRole Role, DateTimeOffset GrantedAt);

/// <summary>An invitation not yet used, withdrawn or expired.</summary>
internal sealed record InvitationSummary(Guid Id, WorkshopRole Role, string? Email, string DisplayName, string InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>
/// Invite someone: <c>role</c> is Owner, Manager, Worker or Consultant. Account roles need <c>email</c>; a
/// worker (no account, a PIN on the tablets) needs <c>displayName</c>.
/// </summary>
internal sealed record InviteRequest(string? Role, string? Email, string? DisplayName);

/// <summary>The new invitation and its one-time link; the link is shown only now and never stored.</summary>
internal sealed record InvitationCreated(InvitationSummary Invitation, string Link);

/// <summary>The member's new role: Owner, Manager, Worker or Consultant.</summary>
internal sealed record ChangeRoleRequest(string? Role);
