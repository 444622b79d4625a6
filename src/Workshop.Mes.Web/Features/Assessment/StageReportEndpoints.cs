using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Assessment.Reports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>The request to finalise an assessment; the note is the consultant's sign-off.</summary>
public sealed record FinaliseAssessmentRequest(string? SignOffNote);

/// <summary>
/// <c>/api/v1/assessment/report</c> (the live report as §11's JSON) and <c>/snapshots</c>: finalise an assessment, list
/// them, and download one as JSON, PDF or Excel — all written from the frozen document.
/// </summary>
internal static class StageReportEndpoints
{
    public static void MapStageReportApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("assessment", "Assessment");
        api.MapGet("/report", async (WorkshopMember member, StageAssessments assessments, CancellationToken cancellationToken) =>
                TypedResults.Ok(await assessments.LiveAsync(member, cancellationToken)))
            .WithName("GetStageReport").WithSummary("The stage report as it stands now (not finalised)")
            .WithDescription("Gated and fractional stage, blocking indicators, ladder, dimensions, heat map, all 42 indicators with their evidence, data quality, KPIs, self versus data, roadmap and peers (ASSESSMENT.md §11).");
        api.MapGet("/snapshots", async (WorkshopMember member, StageAssessments assessments, CancellationToken cancellationToken) =>
                TypedResults.Ok(await assessments.ListAsync(member, cancellationToken)))
            .WithName("ListStageAssessments").WithSummary("Finalised assessments, newest first");
        api.MapPost("/snapshots", async Task<Results<Created<StageAssessmentSummary>, ValidationProblem>> (
                WorkshopMember member, StageAssessments assessments, IStringLocalizer<SharedResource> text, FinaliseAssessmentRequest? request, CancellationToken cancellationToken) =>
            {
                var finalised = await assessments.FinaliseAsync(member, request?.SignOffNote, cancellationToken);
                return finalised.Value is { } summary
                    ? TypedResults.Created($"/api/v1/assessment/snapshots/{summary.Id}", summary)
                    : finalised.Errors.ToValidationProblem(text);
            })
            .WithName("FinaliseStageAssessment").WithSummary("Finalise the assessment: freeze the report as it stands")
            .WithDescription("The report is computed once and kept; its exports never change afterwards. `signOffNote` (up to 4000 characters) is the assessor's sign-off.");
        api.MapGet("/snapshots/{id:guid}", async Task<Results<Ok<StageReportDocument>, NotFound>> (WorkshopMember member, StageAssessments assessments, Guid id, CancellationToken cancellationToken) =>
                await assessments.FindAsync(member, id, cancellationToken) is { } found ? TypedResults.Ok(found.Document) : TypedResults.NotFound())
            .WithName("GetStageAssessment").WithSummary("A finalised assessment's report (JSON)");
        api.MapGet("/snapshots/{id:guid}/report.{format}", ExportAsync)
            .WithName("ExportStageAssessment").WithSummary("Download a finalised assessment as `json`, `pdf` or `xlsx`")
            .WithDescription("The PDF and the workbook are in the reader's language (Korean first).");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(
        WorkshopMember member, StageAssessments assessments, IStringLocalizer<SharedResource> text, Guid id, string format, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Export);
        if (await assessments.FindAsync(member, id, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var (summary, document) = found;
        var name = $"{member.Workshop.Slug}-{summary.Number}";
        return format.ToLowerInvariant() switch
        {
            "json" => TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(document, StageAssessments.Json), "application/json", $"{name}.json"),
            "pdf" => TypedResults.File(StageReportPdf.Render(document, text, member.Workshop.Zone), "application/pdf", $"{name}.pdf"),
            "xlsx" => TypedResults.File(StageReportWorkbook.Render(document, text, member.Workshop.Zone), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx"),
            _ => TypedResults.NotFound(),
        };
    }
}
