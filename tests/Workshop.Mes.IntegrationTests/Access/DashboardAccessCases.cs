using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.IntegrationTests.Access;

/// <summary>Each dashboard figure is read, and downloaded, by whoever may read or export the area its data belongs to.</summary>
internal sealed class DashboardAccessCases : IEndpointAccessCases
{
    public static readonly IReadOnlyList<(string Figure, Area Area)> Figures =
    [
        ("today", Area.WorkOrders),
        ("work-in-progress", Area.WorkOrders),
        ("orders", Area.WorkOrders),
        ("shortages", Area.Inventory),
        ("load", Area.WorkOrders),
        ("delivery", Area.Orders),
        ("defect-rate", Area.Quality),
        ("defect-cost", Area.Quality),
        ("defect-pareto", Area.Quality),
        ("defect-heatmap", Area.Quality),
        ("downtime", Area.Quality),
        ("oee", Area.Quality),
        ("defect-lots", Area.Quality),
    ];

    public IEnumerable<EndpointCase> Cases => Figures.SelectMany(FigureCases).Append(
        new EndpointCase("GET", "/api/v1/dashboard/report.pdf", EndpointAccess.Member, Area.Orders, Operation.Export)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/dashboard/report.pdf")),
        });

    private static IEnumerable<EndpointCase> FigureCases((string Figure, Area Area) f) => new[]
    {
        new EndpointCase("GET", $"/api/v1/dashboard/{f.Figure}", EndpointAccess.Member, f.Area, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dashboard/{f.Figure}")),
        },
        new EndpointCase("GET", $"/api/v1/dashboard/{f.Figure}/export", EndpointAccess.Member, f.Area, Operation.Export)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dashboard/{f.Figure}/export?format=xlsx")),
        },
    };
}
