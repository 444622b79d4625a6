using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class WorkOrdersAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "/api/v1/work-orders/", EndpointAccess.Member, Area.WorkOrders, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/work-orders")),
        },
    ];
}
