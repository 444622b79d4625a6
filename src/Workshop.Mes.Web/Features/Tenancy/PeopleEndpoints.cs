using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Web.Features.Api;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary><c>/api/v1/members</c> and <c>/api/v1/invitations</c>: the same <see cref="PeopleService"/> the people page uses.</summary>
internal static class PeopleEndpoints
{
    public static void MapPeopleApi(this WebApplication app)
    {
        var members = app.MapWorkshopApi("members", "Members");
        members.MapGet("/", ListMembersAsync).WithName("ListMembers").WithSummary("List the workshop's members")
            .WithDescription("Everyone with an account in the workshop: name, e-mail, role and since when.");
        members.MapPatch("/{id:guid}", ChangeRoleAsync).WithName("ChangeMemberRole").WithSummary("Change a member's role")
            .WithDescription("409 when it would leave the workshop without an owner.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        members.MapDelete("/{id:guid}", RemoveMemberAsync).WithName("RemoveMember").WithSummary("Remove a member from the workshop")
            .WithDescription("The account stays; it no longer reaches this workshop. 409 when it is the last owner.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        var invitations = app.MapWorkshopApi("invitations", "Invitations");
        invitations.MapGet("/", ListInvitationsAsync).WithName("ListInvitations").WithSummary("List pending invitations")
            .WithDescription("Invitations not yet used, withdrawn or expired, with their role and expiry.");
        invitations.MapPost("/", InviteAsync).WithName("CreateInvitation").WithSummary("Invite someone")
            .WithDescription("Returns the one-time `/join/…` link; it is shown only in this answer.");
        invitations.MapDelete("/{id:guid}", RevokeInvitationAsync).WithName("RevokeInvitation").WithSummary("Withdraw an invitation")
            .WithDescription("Its link stops working at once.");
    }

    private static async Task<Ok<IReadOnlyList<MemberSummary>>> ListMembersAsync(WorkshopMember member, PeopleService people, CancellationToken cancellationToken) =>
        TypedResults.Ok(await people.MembersAsync(member, cancellationToken));

    private static async Task<Results<Ok<MemberSummary>, ValidationProblem, NotFound>> ChangeRoleAsync(
        Guid id, ChangeRoleRequest request, WorkshopMember member, PeopleService people, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await people.ChangeRoleAsync(member, id, request.Role, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Value is { } changed
            ? TypedResults.Ok(changed)
            : result.ToValidationProblem(text);
    }

    private static async Task<Results<NoContent, NotFound>> RemoveMemberAsync(Guid id, WorkshopMember member, PeopleService people, CancellationToken cancellationToken) =>
        await people.RemoveAsync(member, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<InvitationSummary>>> ListInvitationsAsync(WorkshopMember member, PeopleService people, CancellationToken cancellationToken) =>
        TypedResults.Ok(await people.PendingInvitationsAsync(member, cancellationToken));

    private static async Task<Results<Created<InvitationCreated>, ValidationProblem>> InviteAsync(
        InviteRequest request, WorkshopMember member, PeopleService people, InvitationMail mail, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await people.InviteAsync(member, request, cancellationToken);
        if (result.Value is not { } issued)
        {
            return result.ToValidationProblem(text);
        }

        var link = JoinLink(http, issued.Token);
        await mail.SendAsync(issued.Invitation.Email, member.Workshop.Name, link, cancellationToken);
        return TypedResults.Created($"/api/v1/invitations/{issued.Invitation.Id}", new InvitationCreated(issued.Invitation, link));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeInvitationAsync(Guid id, WorkshopMember member, PeopleService people, CancellationToken cancellationToken) =>
        await people.RevokeInvitationAsync(member, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>The absolute <c>/join/…</c> link on the address the caller used.</summary>
    public static string JoinLink(HttpContext http, string token) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/join/{token}";
}
