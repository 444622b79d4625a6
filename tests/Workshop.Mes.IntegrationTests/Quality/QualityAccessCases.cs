using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Quality;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.IntegrationTests.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Quality;

internal sealed class QualityAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        Get("/api/v1/defects/", Operation.Read, _ => Task.FromResult("/api/v1/defects?sort=-cost")),
        Get("/api/v1/defects/export", Operation.Export, _ => Task.FromResult("/api/v1/defects/export?format=csv")),
        Get("/api/v1/defects/{id:guid}", Operation.Read, async a => $"/api/v1/defects/{(await DefectAsync(a, "DF-2611-0801")).Id}"),
        Get("/api/v1/defects/{id:guid}/comparison", Operation.Read, async a => $"/api/v1/defects/{(await DefectAsync(a, "DF-2611-0803", close: true)).Id}/comparison"),
        new("POST", "/api/v1/defects/{id:guid}/analysis", EndpointAccess.Member, Area.Quality, Operation.Change)
        {
            Request = async a =>
            {
                var defect = await DefectAsync(a, "DF-2611-0801");
                return WithIfMatch(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/defects/{defect.Id}/analysis") { Content = JsonContent.Create(new DefectAnalysisRequest("바늘 마모", "Machine")) }, defect);
            },
        },
        new("POST", "/api/v1/defects/{id:guid}/closure", EndpointAccess.Member, Area.Quality, Operation.Change)
        {
            Request = async a =>
            {
                var defect = await DefectAsync(a, "DF-2611-0802", analyse: true);
                return WithIfMatch(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/defects/{defect.Id}/closure") { Content = JsonContent.Create(new DefectClosureRequest("바늘 교체", a.Ours.Worker.Id, new DateOnly(2026, 11, 30))) }, defect);
            },
        },
        Get("/api/v1/downtime/", Operation.Read, _ => Task.FromResult("/api/v1/downtime?state=open")),
        Get("/api/v1/downtime/export", Operation.Export, _ => Task.FromResult("/api/v1/downtime/export?format=xlsx")),
        Get("/api/v1/downtime/report", Operation.Read, _ => Task.FromResult("/api/v1/downtime/report")),
    ];

    private static EndpointCase Get(string pattern, Operation operation, Func<AccessArrangement, Task<string>> url) =>
        new("GET", pattern, EndpointAccess.Member, Area.Quality, operation)
        {
            Request = async a => new HttpRequestMessage(HttpMethod.Get, await url(a)),
        };

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, DefectRecord defect)
    {
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{defect.Version}\""));
        return request;
    }

    /// <summary>A defect of our workshop by number, arranged once per workshop (the matrix builds a request more than once).</summary>
    private static async Task<DefectRecord> DefectAsync(AccessArrangement arrangement, string number, bool analyse = false, bool close = false)
    {
        var workshopId = arrangement.Ours.Tenant.Id;
        await using var db = arrangement.Database.CreateContext();
        var defect = await db.DefectRecords.FirstOrDefaultAsync(d => d.WorkshopId == workshopId && d.Number == number);
        if (defect is null)
        {
            var code = await db.DefectCodes.FirstOrDefaultAsync(c => c.WorkshopId == workshopId && c.Code == "ACQ");
            if (code is null)
            {
                code = new DefectCode(workshopId, "ACQ", "접근 시험", CauseCategory.Man, "#d32f2f", "warning");
                db.DefectCodes.Add(code);
            }

            defect = new DefectRecord(workshopId, number, new DefectSource(arrangement.Ours.Product.Id, WorkstationId: arrangement.Ours.Sewing.Id), code.Id, code.Category, 1, Disposition.Scrap, DefectCost.Zero, TestWorkshop.Now);
            if (analyse || close)
            {
                defect.Analyse("바늘 마모", CauseCategory.Machine);
            }

            if (close)
            {
                defect.Close("바늘 교체", TestWorkshop.Now, arrangement.Ours.Worker.Id, new DateOnly(2026, 11, 30));
            }

            db.DefectRecords.Add(defect);
            await db.SaveChangesAsync();
        }

        return defect;
    }
}
