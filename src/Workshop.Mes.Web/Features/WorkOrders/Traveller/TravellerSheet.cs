using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.Web.Features.WorkOrders.Traveller;

/// <summary>What the paper traveller (작업지시서) that goes with the parts shows.</summary>
internal sealed record TravellerSheet(WorkOrderDetail Order, string WorkshopName)
{
    public string OrderPayload => TravellerCodes.Order(Order.Number);

    public string StepPayload(int sequence) => TravellerCodes.Step(Order.Number, sequence);
}

/// <summary>The texts the traveller's QR codes carry, which a tablet scans to open the order or the step.</summary>
internal static class TravellerCodes
{
    public static string Order(string number) => $"mes:wo:{number}";

    public static string Step(string number, int sequence) => $"mes:step:{number}:{sequence}";
}

internal sealed class TravellerService(MesContexts contexts, TimeProvider clock)
{
    public async Task<TravellerSheet?> SheetAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var detail = await WorkOrderReader.DetailAsync(db, id, member.Workshop.Today(clock), cancellationToken);
        return detail is null ? null : new TravellerSheet(detail, member.Workshop.Name);
    }
}
