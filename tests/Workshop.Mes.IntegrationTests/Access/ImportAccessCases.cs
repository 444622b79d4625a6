using System.Text;
using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class ImportAccessCases : IEndpointAccessCases
{
    private static readonly string[] _kinds = ["items", "boms", "routings", "opening-stock"];

    public IEnumerable<EndpointCase> Cases =>
        _kinds.SelectMany(kind => new EndpointCase[]
        {
            new("GET", $"/api/v1/import/templates/{kind}", EndpointAccess.Member, Area.Catalog, Operation.Read)
            {
                Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/import/templates/{kind}?format=csv")),
            },
            new("POST", $"/api/v1/import/{kind}/preview", EndpointAccess.Member, Area.Catalog, Operation.Create)
            {
                Request = _ => Task.FromResult(Upload($"/api/v1/import/{kind}/preview")),
            },
            new("POST", $"/api/v1/import/{kind}", EndpointAccess.Member, Area.Catalog, Operation.Create)
            {
                Request = _ => Task.FromResult(Upload($"/api/v1/import/{kind}")),
            },
        });

    // Opening stock also needs Inventory Create, which every role with Catalog Create has; the file is wrong for
    // every kind but items, so only the items case saves a row and the others answer 400 after the role check.
    private static HttpRequestMessage Upload(string path)
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("code,name,kind,unit\nTH-ACCESS,면사,자재,콘\n")), "file", "items.csv" } };
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }
}
