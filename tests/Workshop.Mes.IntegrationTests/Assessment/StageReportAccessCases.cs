using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.IntegrationTests.Access;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Assessment;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// Stage reports: whoever may read the area reads the live report and the finalised ones; whoever may create in it
/// (owner, consultant) finalises; exporting needs export. The consultant's portfolio answers a consultant only.
/// </summary>
internal sealed class StageReportAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        Get("/api/v1/assessment/report", Operation.Read, _ => Task.FromResult("/api/v1/assessment/report")),
        Get("/api/v1/assessment/snapshots", Operation.Read, _ => Task.FromResult("/api/v1/assessment/snapshots")),
        new("POST", "/api/v1/assessment/snapshots", EndpointAccess.Member, Area.Assessment, Operation.Create)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/assessment/snapshots") { Content = JsonContent.Create(new FinaliseAssessmentRequest("확정")) }),
        },
        Get("/api/v1/assessment/snapshots/{id:guid}", Operation.Read, async a => $"/api/v1/assessment/snapshots/{await SnapshotAsync(a)}"),
        Get("/api/v1/assessment/snapshots/{id:guid}/report.{format}", Operation.Export, async a => $"/api/v1/assessment/snapshots/{await SnapshotAsync(a)}/report.json"),
        new("GET", "/api/v1/consultant/workshops", EndpointAccess.Member, Area.Assessment, Operation.Read)
        {
            OnlyRoles = new HashSet<WorkshopRole> { WorkshopRole.Consultant },
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/consultant/workshops")),
        },
    ];

    private static EndpointCase Get(string pattern, Operation operation, Func<AccessArrangement, Task<string>> url) =>
        new("GET", pattern, EndpointAccess.Member, Area.Assessment, operation)
        {
            Request = async a => new HttpRequestMessage(HttpMethod.Get, await url(a)),
        };

    /// <summary>A finalised assessment of our workshop, arranged once (the matrix builds a request more than once).</summary>
    private static async Task<Guid> SnapshotAsync(AccessArrangement arrangement)
    {
        var workshopId = arrangement.Ours.Tenant.Id;
        await using var db = arrangement.Database.CreateContext();
        if (await db.StageAssessments.FirstOrDefaultAsync(a => a.WorkshopId == workshopId) is { } existing)
        {
            return existing.Id;
        }

        var assessment = new StageAssessment(workshopId, Guid.CreateVersion7(), "SA-2611-0001", TestWorkshop.Now, Guid.Empty, "컨설턴트",
            new DateOnly(2026, 5, 14), new DateOnly(2026, 11, 10), CatalogueFile.Stage.Version, CatalogueFile.Stage.RulesHash, "{}");
        db.StageAssessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment.Id;
    }
}
