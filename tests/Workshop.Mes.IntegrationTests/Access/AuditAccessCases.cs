using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class AuditAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "/api/v1/audit/", EndpointAccess.Member, Area.Audit, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit")),
        },
    ];
}
