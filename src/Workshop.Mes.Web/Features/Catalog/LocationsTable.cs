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
    ];

    protected override Expression<Func<Location, bool>> Matches(string pattern) =>
        l => EF.Functions.ILike(l.Code, pattern) || EF.Functions.ILike(l.Name, pattern);

    public override LocationView ToView(Location l) => new(l.Id, l.Code, l.Name, l.Kind.ToString(), l.Version);

    public static LocationRequest ToRequest(LocationView l) => new() { Code = l.Code, Name = l.Name, Kind = l.Kind };

    protected override string? CodeOf(LocationRequest request) => request.Code;

    public override Dictionary<string, string[]> Validate(LocationRequest request)
    {
        var fields = new FieldChecks(Text);
        fields.Text("code", request.Code, 64);
        fields.Text("name", request.Name, 200);
        fields.OneOf<LocationKind>("kind", request.Kind);
        return fields.Errors;
    }

    protected override Location Create(Guid workshopId, LocationRequest request) =>
        new(workshopId, request.Code!, request.Name!, FieldChecks.Parse(request.Kind, LocationKind.Store));

    protected override void Apply(Location location, LocationRequest request) =>
        location.Describe(request.Code!, request.Name!, FieldChecks.Parse(request.Kind, location.Kind));
}
