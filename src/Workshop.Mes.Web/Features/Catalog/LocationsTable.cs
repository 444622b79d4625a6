using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>Locations (보관 위치): stores, the floor, finished goods, quarantine.</summary>
internal sealed class LocationsTable(MesContexts contexts, IStringLocalizer<SharedResource> text)
    : CatalogTable<Location, LocationView, LocationRequest>(contexts, text)
{
    public override string Route => "locations";

    protected override Expression<Func<Location, string>> Code => l => l.Code;

    public override IReadOnlyDictionary<string, Expression<Func<Location, object>>> Sorts { get; } = new Dictionary<string, Expression<Func<Location, object>>>
    {
        ["code"] = l => l.Code,
        ["name"] = l => l.Name,
        ["kind"] = l => l.Kind,
    };

    public override IReadOnlyDictionary<string, Expression<Func<Location, bool>>> Kinds { get; } = ByEnum<LocationKind>(l => l.Kind);

    public override IReadOnlyList<ExportColumn<LocationView>> Columns { get; } =
    [
        new("Locations.Code", l => l.Code),
        new("Locations.Name", l => l.Name),
        new("Locations.Kind", l => l.Kind),
        new("Locations.ConsumptionRank", l => l.ConsumptionRank),
    ];

    protected override Expression<Func<Location, bool>> Matches(string pattern) =>
        l => EF.Functions.ILike(l.Code, pattern) || EF.Functions.ILike(l.Name, pattern);

    public override LocationView ToView(Location l) => new(l.Id, l.Code, l.Name, l.Kind.ToString(), l.Version, l.ConsumptionRank);

    public static LocationRequest ToRequest(LocationView l) => new() { Code = l.Code, Name = l.Name, Kind = l.Kind, ConsumptionRank = l.ConsumptionRank ?? 0 };

    protected override string? CodeOf(LocationRequest request) => request.Code;

    public override Dictionary<string, string[]> Validate(LocationRequest request)
    {
        var fields = new FieldChecks(Text);
        fields.Text("code", request.Code, 64);
        fields.Text("name", request.Name, 200);
        fields.OneOf<LocationKind>("kind", request.Kind);
        if (request.ConsumptionRank is < 0 or > Location.MaxConsumptionRank)
        {
            fields.Add("consumptionRank", "Rule.location.consumption_rank_out_of_range", Location.MaxConsumptionRank);
        }
        else if (request.ConsumptionRank > 0 && FieldChecks.Parse(request.Kind, LocationKind.Store) == LocationKind.Quarantine)
        {
            fields.Add("consumptionRank", "Rule.location.quarantine_not_consumed");
        }

        return fields.Errors;
    }

    protected override Location Create(Guid workshopId, LocationRequest request)
    {
        var location = new Location(workshopId, request.Code!, request.Name!, FieldChecks.Parse(request.Kind, LocationKind.Store));
        RankAsAsked(location, request);
        return location;
    }

    protected override void Apply(Location location, LocationRequest request)
    {
        location.Describe(request.Code!, request.Name!, FieldChecks.Parse(request.Kind, location.Kind));
        RankAsAsked(location, request);
    }

    /// <summary>0 takes the location out of the backflush order; absent leaves it as it is (or as its kind starts).</summary>
    private static void RankAsAsked(Location location, LocationRequest request)
    {
        if (request.ConsumptionRank is { } rank)
        {
            location.ConsumeInOrder(rank == 0 ? null : rank);
        }
    }
}
