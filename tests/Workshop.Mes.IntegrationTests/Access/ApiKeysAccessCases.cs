using System.Net.Http.Json;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class ApiKeysAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "/api/v1/api-keys/", EndpointAccess.Member, Area.ApiKeys, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/api-keys")),
        },
        new("POST", "/api/v1/api-keys/", EndpointAccess.Member, Area.ApiKeys, Operation.Create)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/api-keys") { Content = JsonContent.Create(new { name = "ERP sync", role = "Manager" }) }),
        },
        new("DELETE", "/api/v1/api-keys/{id:guid}", EndpointAccess.Member, Area.ApiKeys, Operation.Delete)
        {
            Request = async arrange =>
            {
                var token = await TestCredentials.ApiKeyAsync(arrange.Database, arrange.Ours.Tenant.Id, WorkshopRole.Worker, "to revoke");
                var id = CredentialToken.TryParse(token, CredentialToken.ApiKeyPrefix)!.Id;
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/api-keys/{id}");
            },
        },
    ];
}
