using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>Workstations (설비/작업대) and the hours a day each can work.</summary>
internal sealed class WorkstationsTable(MesContexts contexts, IStringLocalizer<SharedResource> text)
    : CatalogTable<Workstation, WorkstationView, WorkstationRequest>(contexts, text)
{
    public override string Route => "workstations";

    protected override Expression<Func<Workstation, string>> Code => w => w.Code;

    public override IReadOnlyDictionary<string, Expression<Func<Workstation, object>>> Sorts { get; } = new Dictionary<string, Expression<Func<Workstation, object>>>
    {
        ["code"] = w => w.Code,
        ["name"] = w => w.Name,
        ["hoursPerDay"] = w => w.HoursPerDay,
        ["state"] = w => w.State,
    };

    public override IReadOnlyDictionary<string, Expression<Func<Workstation, bool>>> Kinds { get; } = ByEnum<WorkstationState>(w => w.State);

    public override IReadOnlyList<ExportColumn<WorkstationView>> Columns { get; } =
    [
        new("Workstations.Code", w => w.Code),
        new("Workstations.Name", w => w.Name),
        new("Workstations.HoursPerDay", w => w.HoursPerDay),
        new("Workstations.State", w => w.State),
    ];

    protected override Expression<Func<Workstation, bool>> Matches(string pattern) =>
        w => EF.Functions.ILike(w.Code, pattern) || EF.Functions.ILike(w.Name, pattern);

    public override WorkstationView ToView(Workstation w) => new(w.Id, w.Code, w.Name, w.HoursPerDay, w.State.ToString(), w.Version);

    public static WorkstationRequest ToRequest(WorkstationView w) => new() { Code = w.Code, Name = w.Name, HoursPerDay = w.HoursPerDay, State = w.State };

    protected override string? CodeOf(WorkstationRequest request) => request.Code;

    public override Dictionary<string, string[]> Validate(WorkstationRequest request)
    {
        var fields = new FieldChecks(Text);
        fields.Text("code", request.Code, 64);
        fields.Text("name", request.Name, 200);
        if (request.HoursPerDay is <= 0 or > 24)
        {
            fields.Add("hoursPerDay", "Rule.workstation.hours_out_of_range");
        }

        fields.Number("hoursPerDay", request.HoursPerDay, DecimalColumn.HoursPerDay);

        fields.OneOf<WorkstationState>("state", request.State, WorkstationState.Available);
        return fields.Errors;
    }

    protected override Workstation Create(Guid workshopId, WorkstationRequest request)
    {
        var station = new Workstation(workshopId, request.Code!, request.Name!, request.HoursPerDay);
        station.ChangeState(FieldChecks.Parse(request.State, WorkstationState.Available));
        return station;
    }

    protected override void Apply(Workstation station, WorkstationRequest request)
    {
        station.Describe(request.Code!, request.Name!);
        station.ChangeHours(request.HoursPerDay);
        station.ChangeState(FieldChecks.Parse(request.State, station.State));
    }
}
