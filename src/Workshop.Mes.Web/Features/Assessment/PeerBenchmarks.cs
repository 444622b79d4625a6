using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// Peer benchmarks without lifting tenant isolation (§10): the peer job reads each consenting workshop's own latest
/// weekly evaluation inside that workshop's scope, one workshop at a time, and keeps only anonymised distributions of
/// groups of at least ten; a report reads those distributions, never another workshop's rows.
/// </summary>
internal sealed class PeerBenchmarks(MesContexts contexts, TimeProvider clock, ILogger<PeerBenchmarks> logger)
{
    public static readonly AuditActor Actor = new(ActorKind.System, null, "peer benchmarks");

    private static readonly PeerLevel[] _widening = [PeerLevel.Cell, PeerLevel.IndustrySize, PeerLevel.Industry, PeerLevel.AllSectors];

    private sealed record Entry(string Industry, SizeBand Size, string Cluster, double Stage, double Index, IReadOnlyDictionary<string, double> Dimensions);

    /// <summary>Recomputes every peer group; returns how many groups were published.</summary>
    public async Task<int> ComputeAsync(CancellationToken cancellationToken)
    {
        var catalogue = CatalogueFile.Stage;
        List<WorkshopRef> workshops;
        await using (var platform = contexts.ForPlatform())
        {
            workshops = await WorkshopReads.Workshops(platform).Select(w => new WorkshopRef(w.Id, w.Slug, w.Name, w.TimeZone)).ToListAsync(cancellationToken);
        }

        var entries = new List<Entry>();
        foreach (var workshop in workshops)
        {
            await using var db = new WorkshopMember(workshop, WorkshopRole.Owner, Actor).OpenData(contexts);
            var profile = await db.WorkshopProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (profile is not { InBenchmarks: true, IsComplete: true })
            {
                continue;
            }

            var weekly = await db.StageEvaluations.AsNoTracking().Where(e => e.Kind == EvaluationKind.Weekly)
                .OrderByDescending(e => e.WeekOf).Take(catalogue.Scoring.HighStabilityWeeks).ToListAsync(cancellationToken);
            if (weekly.Count == 0)
            {
                continue;
            }

            var latest = weekly[0].AsWeekly();
            var inputs = latest.Achievements.Select(a => new IndicatorInput(a.Key, a.Value, null, null, a.Value is null)).ToList();
            var result = StageEvaluation.Evaluate(catalogue, inputs, weekly.Skip(1).Select(w => w.AsWeekly()).ToList());
            entries.Add(new Entry(profile.Industry, profile.SizeBand, profile.Cluster, result.Placement.Fractional, result.Index,
                result.Dimensions.ToDictionary(d => d.Dimension.ToString(), d => d.Fractional)));
        }

        var now = clock.GetUtcNow();
        var groups = _widening
            .SelectMany(level => entries.GroupBy(e => PeerAggregate.KeyOf(level, e.Industry, e.Size, e.Cluster)).Select(g => (Level: level, Group: g)))
            .Where(g => g.Group.Count() >= PeerAggregate.MinimumWorkshops)
            .Select(g => new PeerAggregate(g.Level, g.Group.Key, g.Group.Count(), now, JsonSerializer.Serialize(Figures(g.Group.ToList()))))
            .ToList();

        await using (var platform = contexts.ForPlatform())
        {
            await platform.PeerAggregates.ExecuteDeleteAsync(cancellationToken);
            platform.PeerAggregates.AddRange(groups);
            await platform.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Peer benchmarks: {Groups} groups published from {Workshops} consenting workshops", groups.Count, entries.Count);
        return groups.Count;
    }

    /// <summary>The narrowest published group the workshop belongs to, and its dimensions' median and P90; nothing when no group is published.</summary>
    public async Task<(PeerDocument? Document, IReadOnlyDictionary<Dimension, (double Median, double P90)> Dimensions)> ForAsync(WorkshopMember member, StageReport report, CancellationToken cancellationToken)
    {
        var w = report.Workshop;
        var keys = _widening.Select(level => (level, PeerAggregate.KeyOf(level, w.Industry, w.SizeBand, w.Cluster))).ToList();
        List<PeerAggregate> published;
        await using (var db = member.OpenData(contexts))
        {
            var names = keys.Select(k => k.Item2).ToList();
            published = await db.PeerAggregates.AsNoTracking().Where(p => names.Contains(p.Key)).ToListAsync(cancellationToken);
        }

        var chosen = keys.Select(k => published.FirstOrDefault(p => p.Level == k.level && p.Key == k.Item2)).OfType<PeerAggregate>().FirstOrDefault();
        if (chosen is null)
        {
            return (null, new Dictionary<Dimension, (double, double)>());
        }

        var figures = JsonSerializer.Deserialize<PeerFigures>(chosen.Figures)!;
        var document = new PeerDocument(
            chosen.Key,
            chosen.Workshops,
            chosen.Level != PeerLevel.Cell,
            Math.Round(PeerFigures.PercentileOf(figures.StageDeciles, report.Result.Placement.Fractional)),
            Math.Round(PeerFigures.PercentileOf(figures.IndexDeciles, report.Result.Index)),
            figures.StageDeciles[4],
            figures.StageDeciles[8]);
        var dimensions = figures.Dimensions.ToDictionary(d => Enum.Parse<Dimension>(d.Key), d => (d.Value[0], d.Value[1]));
        return (document, dimensions);
    }

    private static PeerFigures Figures(IReadOnlyList<Entry> group) =>
        new(
            PeerFigures.Deciles(group.Select(e => e.Stage)),
            PeerFigures.Deciles(group.Select(e => e.Index)),
            Enum.GetNames<Dimension>().ToDictionary(d => d, d => MedianAndP90(group.Select(e => e.Dimensions[d]))));

    private static double[] MedianAndP90(IEnumerable<double> values)
    {
        var deciles = PeerFigures.Deciles(values);
        return [deciles[4], deciles[8]];
    }
}
