using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Assessment.Reports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>A finalised assessment in a list.</summary>
public sealed record StageAssessmentSummary(Guid Id, string Number, DateTimeOffset AssessedAt, string Assessor, int GatedStage, double FractionalStage, double Index, string ModelVersion);

/// <summary>
/// Finalising an assessment freezes the report as it stands (§11): the document is computed once and kept as JSON,
/// and every export of it — JSON, PDF, Excel — is written from that, so the numbers never drift afterwards.
/// </summary>
internal sealed class StageAssessments(MesContexts contexts, StageReports reports, StageKpis kpis, PeerBenchmarks peers, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The report as it stands now, not finalised.</summary>
    public async Task<StageReportDocument> LiveAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        var report = await reports.CurrentAsync(member, cancellationToken);
        return StageReportDocuments.From(report, await ExtrasAsync(member, report, null, null, null, cancellationToken));
    }

    public async Task<Validated<StageAssessmentSummary>> FinaliseAsync(WorkshopMember member, string? signOffNote, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Create);
        var checks = new FieldChecks(text);
        checks.Note("signOffNote", signOffNote, StageAssessment.NoteMaxLength);
        if (checks.Errors.Count > 0)
        {
            return new Validated<StageAssessmentSummary>(null, checks.Errors);
        }

        var note = signOffNote?.Trim() ?? string.Empty;
        var report = await reports.CurrentAsync(member, cancellationToken);
        var assessor = member.Actor.Name;
        var id = Guid.CreateVersion7();
        var summary = await DocumentNumbers.DrawingAsync(
            () => member.OpenData(contexts),
            async db =>
            {
                var now = clock.GetUtcNow();
                var number = await DocumentNumbers.NextAsync(db, member.Workshop, DocumentNumber.StageAssessment, now, cancellationToken);
                var extras = await ExtrasAsync(member, report, id, number, note.Length == 0 ? null : note, cancellationToken);
                var document = StageReportDocuments.From(report, extras with { Assessor = assessor });
                var assessment = new StageAssessment(member.Workshop.Id, id, number, now, member.UserId ?? Guid.Empty, assessor, report.WindowFrom, report.WindowTo,
                    report.CatalogueVersion, report.RulesHash, JsonSerializer.Serialize(document, Json));
                if (note.Length > 0)
                {
                    assessment.SignOff(note, now);
                }

                db.StageAssessments.Add(assessment);
                db.StageEvaluations.Add(new StageEvaluationRecord(member.Workshop.Id, EvaluationKind.Snapshot, Evidence.Measure.WeekOf(member.Workshop.Today(clock)), now, report.Result));
                await db.SaveChangesAsync(cancellationToken);
                return Summary(assessment, document);
            },
            cancellationToken);
        return new Validated<StageAssessmentSummary>(summary, checks.Errors);
    }

    public async Task<IReadOnlyList<StageAssessmentSummary>> ListAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = await db.StageAssessments.AsNoTracking().OrderByDescending(a => a.AssessedAt).ToListAsync(cancellationToken);
        return rows.Select(a => Summary(a, Read(a))).ToList();
    }

    /// <summary>A finalised assessment's document; null when there is no such assessment in this workshop.</summary>
    public async Task<(StageAssessmentSummary Summary, StageReportDocument Document)?> FindAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        await using var db = member.OpenData(contexts);
        var assessment = await db.StageAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return null;
        }

        var document = Read(assessment);
        return (Summary(assessment, document), document);
    }

    private async Task<ReportExtras> ExtrasAsync(WorkshopMember member, StageReport report, Guid? id, string? number, string? note, CancellationToken cancellationToken)
    {
        StageAssessment? previous;
        await using (var db = member.OpenData(contexts))
        {
            previous = await db.StageAssessments.AsNoTracking().Where(a => a.Id != id).OrderByDescending(a => a.AssessedAt).FirstOrDefaultAsync(cancellationToken);
        }

        var before = previous is null ? null : Read(previous);
        var peer = await peers.ForAsync(member, report, cancellationToken);
        return new ReportExtras(
            id,
            number,
            null,
            previous?.AssessedAt,
            before?.FractionalStage,
            await kpis.MeasureAsync(member, report.WindowTo, cancellationToken),
            before?.Kpis,
            peer.Document,
            peer.Dimensions,
            note);
    }

    private static StageReportDocument Read(StageAssessment assessment) =>
        JsonSerializer.Deserialize<StageReportDocument>(assessment.Report, Json) ?? throw new InvalidOperationException($"The assessment {assessment.Number} holds no report.");

    private static StageAssessmentSummary Summary(StageAssessment a, StageReportDocument document) =>
        new(a.Id, a.Number, a.AssessedAt, a.AssessorName, document.GatedStage, document.FractionalStage, document.Index, a.CatalogueVersion);
}
