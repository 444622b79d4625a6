using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>A station or product the dashboard can be narrowed to.</summary>
public sealed record DashboardChoice(Guid Id, string Code, string Name)
{
    public string Label => $"{Code} · {Name}";
}

/// <summary>The stations and products the dashboard's filter offers: the ones in use, by code.</summary>
public sealed record DashboardChoices(IReadOnlyList<DashboardChoice> Workstations, IReadOnlyList<DashboardChoice> Products)
{
    internal static async Task<DashboardChoices> LoadAsync(MesContexts contexts, WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Read);
        await using var db = member.OpenData(contexts);
        var stations = await CatalogReads.Workstations(db)
            .Where(w => w.State != WorkstationState.Retired)
            .OrderBy(w => w.Code)
            .Select(w => new DashboardChoice(w.Id, w.Code, w.Name))
            .ToListAsync(cancellationToken);
        var products = await CatalogReads.Items(db)
            .Where(i => i.Kind == ItemKind.Product && i.IsActive)
            .OrderBy(i => i.Code)
            .Select(i => new DashboardChoice(i.Id, i.Code, i.Name))
            .ToListAsync(cancellationToken);
        return new DashboardChoices(stations, products);
    }
}
