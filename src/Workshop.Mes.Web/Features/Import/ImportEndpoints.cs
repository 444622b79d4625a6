using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Import;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Import;

/// <summary><c>/api/v1/import</c>: the same <see cref="ImportService"/> the import page uses.</summary>
internal static class ImportEndpoints
{
    public static void MapImportApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("import", "Spreadsheet import");

        // One literal route per kind (items, boms, routings, opening-stock), so each shows in the API reference on its own.
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var route = ImportColumns.RouteName(kind);
            api.MapGet($"/templates/{route}", (WorkshopMember member, IStringLocalizer<SharedResource> text, string? format) => Template(kind, member, text, format))
                .WithName($"Download{kind}ImportTemplate")
                .WithSummary($"Download the {route} import template")
                .WithDescription("`format` is csv (default) or xlsx. Headers in the caller's language (Korean or English headers are both accepted on upload) with one example row; the xlsx has a second sheet of guidance: each column, whether it is required, what it means and the values it takes. Uploads are read as UTF-8 or, as Korean Excel saves CSV, CP949.");
            // No antiforgery token: a cookie upload from another site or another port of this host is refused as a whole (ADR 0030).
            api.MapPost($"/{route}/preview", (IFormFile? file, WorkshopMember member, ImportService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
                    PreviewAsync(kind, file, member, service, text, cancellationToken))
                .WithName($"Preview{kind}Import")
                .WithSummary($"Check a {route} sheet without saving")
                .WithDescription("Upload a CSV or XLSX as the multipart field `file`. Every row is read and checked against the workshop's data and the other rows; `row` is the row number in the sheet (the header is row 1) and `errors` names each wrong field in the caller's language.")
                .DisableAntiforgery();
            api.MapPost($"/{route}", (IFormFile? file, WorkshopMember member, ImportService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
                    CommitAsync(kind, file, member, service, text, cancellationToken))
                .WithName($"Commit{kind}Import")
                .WithSummary($"Import a {route} sheet")
                .WithDescription("Checks the file again and saves every row in one transaction, or nothing: any wrong row gives 400 with errors keyed `rows[{row}].{field}`. Items are created or updated by code (a blank optional cell keeps the item's value); a BOM row adds or re-sets a product × component quantity; a routing sheet replaces the routing of each product it names; opening stock is received into its location and lot.")
                .DisableAntiforgery()
                .WithIdempotency();
        }
    }

    private static Results<FileContentHttpResult, ValidationProblem> Template(
        ImportKind parsed, WorkshopMember member, IStringLocalizer<SharedResource> text, string? format)
    {
        member.Demand(Area.Catalog, Operation.Read);
        var errors = new Dictionary<string, string[]>();
        TableExport.Validate(format, errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        TableExport.TryParse(format, out var type);
        var extension = type == ExportFormat.Xlsx ? "xlsx" : "csv";
        var contentType = type == ExportFormat.Xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
        return TypedResults.File(ImportTemplate.Make(parsed, type, text), contentType, $"import-{ImportColumns.RouteName(parsed)}.{extension}");
    }

    private static async Task<Results<Ok<ImportPreview>, ValidationProblem>> PreviewAsync(
        ImportKind kind, IFormFile? file, WorkshopMember member, ImportService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var outcome = await UploadAsync(kind, file, member, service, commit: false, text, cancellationToken);
        return outcome.Preview is { } preview
            ? TypedResults.Ok(preview)
            : outcome.FileErrors.ToValidationProblem(text);
    }

    private static async Task<Results<Ok<ImportResult>, ValidationProblem>> CommitAsync(
        ImportKind kind, IFormFile? file, WorkshopMember member, ImportService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var outcome = await UploadAsync(kind, file, member, service, commit: true, text, cancellationToken);
        if (outcome.Result is { } result)
        {
            return TypedResults.Ok(result);
        }

        if (outcome.Preview is not { } preview)
        {
            return outcome.FileErrors.ToValidationProblem(text);
        }

        var errors = preview.Rows
            .SelectMany(r => r.Errors.Select(e => (Key: $"rows[{r.Row}].{e.Key}", e.Value)))
            .ToDictionary(e => e.Key, e => e.Value);
        return errors.ToValidationProblem(
            text,
            new Dictionary<string, object?> { ["errorRows"] = preview.Rows.Where(r => r.Errors.Count > 0).Select(r => r.Row).ToList() },
            detail: text["Import.RowsWithErrors", preview.ErrorRowCount]);
    }

    /// <summary>Reads and checks (or commits) the upload.</summary>
    private static async Task<ImportOutcome> UploadAsync(
        ImportKind parsed, IFormFile? file, WorkshopMember member, ImportService service, bool commit, IStringLocalizer text, CancellationToken cancellationToken)
    {
        ImportService.Demand(member, parsed);
        if (file is null)
        {
            return new ImportOutcome(new Dictionary<string, string[]> { ["file"] = [text["Import.FileRequired"]] }, null, null);
        }

        await using var stream = file.OpenReadStream();
        return commit
            ? await service.CommitAsync(member, parsed, stream, file.FileName, cancellationToken)
            : await service.PreviewAsync(member, parsed, stream, file.FileName, cancellationToken);
    }
}
