using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment.Consultant;

/// <summary>One point of a workshop's stage over time.</summary>
public sealed record StageTrendPoint(DateOnly WeekOf, int Gated, double Fractional, double Index);

/// <summary>A workshop in a consultant's portfolio: where it stands now, how it got there, and its last finalised assessment.</summary>
public sealed record PortfolioWorkshop(
    string Slug,
    string Name,
    int? GatedStage,
    double? FractionalStage,
    double? Index,
    IReadOnlyList<string> Blocking,
    IReadOnlyList<StageTrendPoint> Trend,
    DateOnly? LastAssessedOn,
    string? LastAssessmentNumber);

/// <summary>
/// A consultant's workshops: exactly those that granted them access (a consultant membership), each read inside its
/// own workshop as that member — nothing here reads across workshops; peer figures come only from the anonymised
/// groups (<see cref="PeerBenchmarks"/>).
/// </summary>
internal sealed class ConsultantPortfolio(MemberResolver members, MesContexts contexts, StageAssessments assessments)
{
    /// <summary>A comparison shows at most this many workshops side by side.</summary>
    public const int MostCompared = 4;

    public async Task<IReadOnlyList<WorkshopMember>> GrantedAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var choices = await members.ChoicesAsync(user, cancellationToken);
        return choices.Where(c => c.Role == WorkshopRole.Consultant)
            .Select(c => MemberResolver.Pick(choices, user, c.Workshop.Slug, null))
            .OfType<WorkshopMember>()
            .ToList();
    }

    public async Task<IReadOnlyList<PortfolioWorkshop>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var catalogue = CatalogueFile.Stage;
        var rows = new List<PortfolioWorkshop>();
        foreach (var member in await GrantedAsync(user, cancellationToken))
        {
            member.Demand(Area.Assessment, Operation.Read);
            await using var db = member.OpenData(contexts);
            var weekly = await db.StageEvaluations.AsNoTracking().Where(e => e.Kind == EvaluationKind.Weekly)
                .OrderByDescending(e => e.WeekOf).Take(catalogue.Scoring.HighStabilityWeeks * 2).ToListAsync(cancellationToken);
            var last = await db.StageAssessments.AsNoTracking().OrderByDescending(a => a.AssessedAt)
                .Select(a => new { a.AssessedAt, a.Number }).FirstOrDefaultAsync(cancellationToken);

            IReadOnlyList<string> blocking = [];
            if (weekly.Count > 0)
            {
                // The latest week's placement from its own achievements and the weeks before it, as the weekly job made it.
                var latest = weekly[0].AsWeekly();
                var placement = StageScoring.Place(catalogue, latest.Achievements, weekly.Skip(1).Take(catalogue.Scoring.HighStabilityWeeks).Select(w => w.AsWeekly()).ToList());
                blocking = placement.Blocking;
            }

            var newest = weekly.FirstOrDefault();
            rows.Add(new PortfolioWorkshop(
                member.Workshop.Slug,
                member.Workshop.Name,
                newest?.GatedStage,
                newest?.FractionalStage,
                newest?.Index,
                blocking,
                weekly.OrderBy(w => w.WeekOf).Select(w => new StageTrendPoint(w.WeekOf, w.GatedStage, w.FractionalStage, w.Index)).ToList(),
                last is null ? null : WorkshopTime.DayOf(last.AssessedAt, member.Workshop.Zone),
                last?.Number));
        }

        return rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The chosen workshops' live reports side by side; a workshop not granted to this consultant is left out.</summary>
    public async Task<IReadOnlyList<Contracts.Assessment.StageReportDocument>> CompareAsync(ClaimsPrincipal user, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var granted = await GrantedAsync(user, cancellationToken);
        var documents = new List<Contracts.Assessment.StageReportDocument>();
        foreach (var member in granted.Where(m => slugs.Contains(m.Workshop.Slug)).Take(MostCompared))
        {
            documents.Add(await assessments.LiveAsync(member, cancellationToken));
        }

        return documents;
    }

}
