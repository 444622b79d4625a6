using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Quality;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Quality;

/// <summary>
/// Downtime (비가동) as the quality pages and the API read it: newest first, with its length (up to now while it
/// runs), and the report of minutes by station × reason. Downtime is placed by the day it started.
/// </summary>
internal sealed class DowntimeQueries(MesContexts contexts, TimeProvider clock)
{
    public async Task<(IReadOnlyList<DowntimeSummary> Items, int Total)> ListForGridAsync(
        WorkshopMember member, DowntimeFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = Filter(Rows(db), filter, member.Workshop.Zone);
        var total = await rows.CountAsync(cancellationToken);
        var items = await Sorted(rows).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return (items.Select(r => ToSummary(r, now)).ToList(), total);
    }

    public async Task<Page<DowntimeSummary>> ListPageAsync(WorkshopMember member, DowntimeFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var page = await Paging.OffsetPageAsync(Sorted(Filter(Rows(db), filter, member.Workshop.Zone)), cursor, limit, cancellationToken);
        var now = clock.GetUtcNow();
        return new Page<DowntimeSummary>(page.Items.Select(r => ToSummary(r, now)).ToList(), page.NextCursor);
    }

    public async Task<IReadOnlyList<DowntimeSummary>> ExportAsync(WorkshopMember member, DowntimeFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Export);
        await using var db = member.OpenData(contexts);
        var rows = await Sorted(Filter(Rows(db), filter, member.Workshop.Zone)).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(r => ToSummary(r, now)).ToList();
    }

    /// <summary>Minutes and count by station × reason, most minutes first, with each one's share of all minutes.</summary>
    public async Task<DowntimeReport> ReportAsync(WorkshopMember member, DowntimeFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = await Filter(Rows(db), filter, member.Workshop.Zone).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return Report(rows.Select(r => ToSummary(r, now)));
    }

    /// <summary>The report of the listed downtime: a pure grouping, so the page and the API agree.</summary>
    internal static DowntimeReport Report(IEnumerable<DowntimeSummary> downtime)
    {
        var groups = downtime
            .GroupBy(d => (d.WorkstationId, d.WorkstationName, d.ReasonId, d.ReasonName))
            .Select(g => (g.Key, Minutes: g.Sum(d => d.Minutes), Count: g.Count()))
            .ToList();
        var total = groups.Sum(g => g.Minutes);
        var rows = groups
            .OrderByDescending(g => g.Minutes).ThenBy(g => g.Key.WorkstationName, StringComparer.Ordinal).ThenBy(g => g.Key.ReasonName, StringComparer.Ordinal)
            .Select(g => new DowntimeReportRow(g.Key.WorkstationId, g.Key.WorkstationName, g.Key.ReasonId, g.Key.ReasonName, g.Minutes, g.Count, total > 0 ? Math.Round(g.Minutes / total, 4) : 0))
            .ToList();
        return new DowntimeReport(rows, total, groups.Sum(g => g.Count));
    }

    private static IQueryable<DowntimeRow> Rows(MesDbContext db) =>
        from d in QualityReads.Downtimes(db)
        join s in CatalogReads.Workstations(db) on d.WorkstationId equals s.Id
        join r in CatalogReads.DowntimeReasons(db) on d.ReasonId equals r.Id
        join w in WorkshopReads.Workers(db) on d.WorkerId equals w.Id into workers
        from worker in workers.DefaultIfEmpty()
        select new DowntimeRow
        {
            Id = d.Id,
            WorkstationId = s.Id,
            WorkstationName = s.Name,
            ReasonId = r.Id,
            ReasonCode = r.Code,
            ReasonName = r.Name,
            Planned = r.Planned,
            WorkerId = d.WorkerId,
            WorkerName = worker == null ? null : worker.DisplayName,
            StartedAt = d.StartedAt,
            EndedAt = d.EndedAt,
            Note = d.Note,
        };

    private static IQueryable<DowntimeRow> Filter(IQueryable<DowntimeRow> rows, DowntimeFilter filter, TimeZoneInfo zone)
    {
        if (filter.WorkstationId is { } stationId)
        {
            rows = rows.Where(r => r.WorkstationId == stationId);
        }

        if (filter.ReasonId is { } reasonId)
        {
            rows = rows.Where(r => r.ReasonId == reasonId);
        }

        if (filter.From is { } from)
        {
            var start = WorkshopTime.StartOf(from, zone);
            rows = rows.Where(r => r.StartedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = WorkshopTime.StartOf(to.AddDays(1), zone);
            rows = rows.Where(r => r.StartedAt < end);
        }

        if (filter.Open is { } open)
        {
            rows = open ? rows.Where(r => r.EndedAt == null) : rows.Where(r => r.EndedAt != null);
        }

        return rows;
    }

    private static IOrderedQueryable<DowntimeRow> Sorted(IQueryable<DowntimeRow> rows) => rows.OrderByDescending(r => r.StartedAt).ThenBy(r => r.Id);

    private static DowntimeSummary ToSummary(DowntimeRow r, DateTimeOffset now)
    {
        var end = r.EndedAt ?? (now > r.StartedAt ? now : r.StartedAt);
        var minutes = Math.Round((decimal)(end - r.StartedAt).TotalMinutes, 1);
        return new DowntimeSummary(r.Id, r.WorkstationId, r.WorkstationName, r.ReasonId, r.ReasonCode, r.ReasonName, r.Planned, r.WorkerId, r.WorkerName, r.StartedAt, r.EndedAt, r.EndedAt is null, minutes, r.Note);
    }

    // Initialised by member, not by constructor, so EF Core can filter and sort on its properties.
    private sealed class DowntimeRow
    {
        public required Guid Id { get; init; }

        public required Guid WorkstationId { get; init; }

        public required string WorkstationName { get; init; }

        public required Guid ReasonId { get; init; }

        public required string ReasonCode { get; init; }

        public required string ReasonName { get; init; }

        public required bool Planned { get; init; }

        public required Guid? WorkerId { get; init; }

        public required string? WorkerName { get; init; }

        public required DateTimeOffset StartedAt { get; init; }

        public required DateTimeOffset? EndedAt { get; init; }

        public required string? Note { get; init; }
    }
}
