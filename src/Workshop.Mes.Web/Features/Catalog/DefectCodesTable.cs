using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>Defect codes (불량유형) with their 4M+E cause, colour and icon.</summary>
internal sealed class DefectCodesTable(MesContexts contexts, IStringLocalizer<SharedResource> text)
    : CatalogTable<DefectCode, DefectCodeView, DefectCodeRequest>(contexts, text)
{
    public override string Route => "defect-codes";

    protected override Expression<Func<DefectCode, string>> Code => d => d.Code;

    public override IReadOnlyDictionary<string, Expression<Func<DefectCode, object>>> Sorts { get; } = new Dictionary<string, Expression<Func<DefectCode, object>>>
    {
        ["code"] = d => d.Code,
        ["name"] = d => d.Name,
        ["category"] = d => d.Category,
    };

    public override IReadOnlyDictionary<string, Expression<Func<DefectCode, bool>>> Kinds { get; } = ByEnum<CauseCategory>(d => d.Category);

    public override IReadOnlyList<ExportColumn<DefectCodeView>> Columns { get; } =
    [
        new("DefectCodes.Code", d => d.Code),
        new("DefectCodes.Name", d => d.Name),
        new("DefectCodes.Category", d => d.Category),
        new("DefectCodes.Color", d => d.Color),
        new("DefectCodes.Icon", d => d.Icon),
        new("DefectCodes.Active", d => d.IsActive),
    ];

    protected override Expression<Func<DefectCode, bool>> Matches(string pattern) =>
        d => EF.Functions.ILike(d.Code, pattern) || EF.Functions.ILike(d.Name, pattern);

    public override DefectCodeView ToView(DefectCode d) => new(d.Id, d.Code, d.Name, d.Category.ToString(), d.Color, d.Icon, d.IsActive, d.Version);

    public static DefectCodeRequest ToRequest(DefectCodeView d) =>
        new() { Code = d.Code, Name = d.Name, Category = d.Category, Color = d.Color, Icon = d.Icon, IsActive = d.IsActive };

    protected override string? CodeOf(DefectCodeRequest request) => request.Code;

    public override Dictionary<string, string[]> Validate(DefectCodeRequest request)
    {
        var fields = new FieldChecks(Text);
        fields.Text("code", request.Code, 64);
        fields.Text("name", request.Name, 200);
        fields.OneOf<CauseCategory>("category", request.Category);
        if (!DefectLook.IsColor(request.Color?.Trim()))
        {
            fields.Add("color", "DefectCodes.ColorFormat");
        }

        if (request.Icon is null || !DefectLook.Icons.Contains(request.Icon.Trim()))
        {
            fields.Add("icon", "DefectCodes.IconUnknown");
        }

        return fields.Errors;
    }

    protected override DefectCode Create(Guid workshopId, DefectCodeRequest request)
    {
        var code = new DefectCode(workshopId, request.Code!, request.Name!, FieldChecks.Parse(request.Category, CauseCategory.Method), request.Color!.Trim(), request.Icon!.Trim());
        Apply(code, request);
        return code;
    }

    protected override void Apply(DefectCode code, DefectCodeRequest request)
    {
        code.Describe(request.Code!, request.Name!, FieldChecks.Parse(request.Category, code.Category));
        code.Restyle(request.Color!.Trim(), request.Icon!.Trim());
        if (request.IsActive)
        {
            code.Activate();
        }
        else
        {
            code.Deactivate();
        }
    }
}
