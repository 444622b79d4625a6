using System.Security.Claims;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment.Consultant;

/// <summary><c>/api/v1/consultant/workshops</c>: the workshops that granted the caller a consultant's access, with their stage over time.</summary>
internal static class ConsultantEndpoints
{
    public static void MapConsultantApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("consultant", "Assessment");
        api.MapGet("/workshops", async (WorkshopMember member, ClaimsPrincipal user, ConsultantPortfolio portfolio, CancellationToken cancellationToken) =>
            {
                // Asked as a consultant of the workshop named (X-Workshop) or the first one; the list is every workshop
                // where the caller is a consultant.
                member.Demand(Area.Assessment, Operation.Read, WorkshopRole.Consultant);
                return TypedResults.Ok(await portfolio.ListAsync(user, cancellationToken));
            })
            .WithName("ListConsultantWorkshops").WithSummary("The workshops that granted you a consultant's access")
            .WithDescription("Each with its latest weekly stage, the indicators blocking the next stage, its stage by week and its last finalised assessment. Only workshops where you hold the consultant role appear; nothing of any other workshop does.");
    }
}
