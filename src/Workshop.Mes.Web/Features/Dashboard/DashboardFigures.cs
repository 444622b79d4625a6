using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>
/// The owner's dashboard figures (ADR 0064), one method each, for the page and the API alike: every one starts from
/// the member, demands reading the area its data belongs to, and reads per station, product and hour from the
/// rollups and everything else through the owning module's published reads. Split by family: production
/// (<c>.Production.cs</c>), defects (<c>.Defects.cs</c>), stations and delivery (<c>.Stations.cs</c>).
/// </summary>
[ModuleSurface]
internal sealed partial class DashboardFigures(MesContexts contexts, TimeProvider clock, WorkOrderListService workOrders, IStringLocalizer<SharedResource> text)
{
    private DateOnly Today(WorkshopMember member) => member.Workshop.Today(clock);

    private MesDbContext Open(WorkshopMember member, Area area)
    {
        member.Demand(area, Operation.Read);
        return member.OpenData(contexts);
    }

    /// <summary>The UTC instants the filter's local days cover: from the first day's midnight up to the midnight after the last.</summary>
    private static (DateTimeOffset From, DateTimeOffset To) Instants(DateOnly from, DateOnly to, TimeZoneInfo zone) =>
        (WorkshopTime.StartOf(from, zone), WorkshopTime.StartOf(to.AddDays(1), zone));

    /// <summary>The rollup rows of the filter's days, station and product.</summary>
    private static IQueryable<ProductionRollup> Rollups(MesDbContext db, DashboardFilter filter, TimeZoneInfo zone) =>
        Rollups(db, filter.From, filter.To, filter, zone);

    private static IQueryable<ProductionRollup> Rollups(MesDbContext db, DateOnly from, DateOnly to, DashboardFilter filter, TimeZoneInfo zone)
    {
        var (start, end) = Instants(from, to, zone);
        var rows = db.ProductionRollups.AsNoTracking().Where(r => r.Hour >= start && r.Hour < end);
        if (filter.WorkstationId is { } station)
        {
            rows = rows.Where(r => r.WorkstationId == station);
        }

        if (filter.ProductId is { } product)
        {
            rows = rows.Where(r => r.ProductId == product);
        }

        return rows;
    }

    /// <summary>The stations to show: every one not retired, or just the filtered one.</summary>
    private static Task<List<Workstation>> StationsAsync(MesDbContext db, DashboardFilter filter, CancellationToken cancellationToken) =>
        CatalogReads.Workstations(db)
            .Where(w => filter.WorkstationId == null ? w.State != WorkstationState.Retired : w.Id == filter.WorkstationId)
            .OrderBy(w => w.Code)
            .ToListAsync(cancellationToken);

    /// <summary>The routing's run minutes per piece of a product at a station (averaged if the routing visits it twice).</summary>
    private static async Task<IReadOnlyDictionary<(Guid Product, Guid Station), decimal>> StandardMinutesAsync(MesDbContext db, CancellationToken cancellationToken) =>
        (await CatalogReads.RoutingSteps(db)
            .GroupBy(s => new { s.ProductId, s.WorkstationId })
            .Select(g => new { g.Key.ProductId, g.Key.WorkstationId, Minutes = g.Average(s => s.RunMinutesPerUnit) })
            .ToListAsync(cancellationToken))
        .ToDictionary(s => (s.ProductId, s.WorkstationId), s => s.Minutes);
}
