using System.Text;
using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class ImportAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "/api/v1/import/templates/{kind}", EndpointAccess.Member, Area.Catalog, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/import/templates/items?format=csv")),
        },
        new("POST", "/api/v1/import/{kind}/preview", EndpointAccess.Member, Area.Catalog, Operation.Create)
        {
            Request = _ => Task.FromResult(Upload("/api/v1/import/items/preview")),
        },
        new("POST", "/api/v1/import/{kind}", EndpointAccess.Member, Area.Catalog, Operation.Create)
        {
            Request = _ => Task.FromResult(Upload("/api/v1/import/items")),
        },
    ];

    private static HttpRequestMessage Upload(string path)
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("code,name,kind,unit\nTH-ACCESS,면사,자재,콘\n")), "file", "items.csv" } };
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }
}
