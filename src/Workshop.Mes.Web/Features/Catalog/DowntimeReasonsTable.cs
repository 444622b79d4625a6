using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>Downtime reasons (비가동 사유); planned ones (lunch, cleaning) are not losses.</summary>
internal sealed class DowntimeReasonsTable(MesContexts contexts, IStringLocalizer<SharedResource> text)
    : CatalogTable<DowntimeReason, DowntimeReasonView, DowntimeReasonRequest>(contexts, text)
{
    public override string Route => "downtime-reasons";

    protected override Expression<Func<DowntimeReason, string>> Code => d => d.Code;

    public override IReadOnlyDictionary<string, Expression<Func<DowntimeReason, object>>> Sorts { get; } = new Dictionary<string, Expression<Func<DowntimeReason, object>>>
    {
        ["code"] = d => d.Code,
        ["name"] = d => d.Name,
        ["planned"] = d => d.Planned,
    };

    public override IReadOnlyDictionary<string, Expression<Func<DowntimeReason, bool>>> Kinds { get; } = new Dictionary<string, Expression<Func<DowntimeReason, bool>>>
    {
        ["Planned"] = d => d.Planned,
        ["Unplanned"] = d => !d.Planned,
    };

    public override IReadOnlyList<ExportColumn<DowntimeReasonView>> Columns { get; } =
    [
        new("DowntimeReasons.Code", d => d.Code),
        new("DowntimeReasons.Name", d => d.Name),
        new("DowntimeReasons.Planned", d => d.Planned),
    ];

    protected override Expression<Func<DowntimeReason, bool>> Matches(string pattern) =>
        d => EF.Functions.ILike(d.Code, pattern) || EF.Functions.ILike(d.Name, pattern);

    public override DowntimeReasonView ToView(DowntimeReason d) => new(d.Id, d.Code, d.Name, d.Planned, d.Version);

    public static DowntimeReasonRequest ToRequest(DowntimeReasonView d) => new() { Code = d.Code, Name = d.Name, Planned = d.Planned };

    protected override string? CodeOf(DowntimeReasonRequest request) => request.Code;

    public override Dictionary<string, string[]> Validate(DowntimeReasonRequest request)
    {
        var fields = new FieldChecks(Text);
        fields.Text("code", request.Code, 64);
        fields.Text("name", request.Name, 200);
        return fields.Errors;
    }

    protected override DowntimeReason Create(Guid workshopId, DowntimeReasonRequest request) =>
        new(workshopId, request.Code!, request.Name!, request.Planned);

    protected override void Apply(DowntimeReason reason, DowntimeReasonRequest request) =>
        reason.Describe(request.Code!, request.Name!, request.Planned);
}
