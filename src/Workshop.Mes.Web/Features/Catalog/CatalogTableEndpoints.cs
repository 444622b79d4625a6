using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>
/// The five endpoints every master-data table has: list, export, create, read one and update, under
/// <c>/api/v1/{route}</c>. The table class says what differs.
/// </summary>
internal static class CatalogTableEndpoints
{
    /// <summary>Maps the table's endpoints and returns the group for the table's own extra ones.</summary>
    /// <param name="one">The row in words for the API reference, e.g. "item"; operation names use <paramref name="name"/>.</param>
    public static RouteGroupBuilder MapCatalogTable<TTable, TEntity, TView, TRequest>(
        this WebApplication app, string route, string tag, string name, string plural, string one, string kindMeaning)
        where TTable : CatalogTable<TEntity, TView, TRequest>
        where TEntity : VersionedTenantEntity
        where TView : class, IVersionedView
        where TRequest : class
    {
        var api = app.MapWorkshopApi(route, tag);

        // Handlers held as Delegate: the route-handler analyzer cannot read generic method groups.
        Delegate list = ListAsync<TTable, TEntity, TView, TRequest>;
        Delegate export = ExportAsync<TTable, TEntity, TView, TRequest>;
        Delegate create = CreateAsync<TTable, TEntity, TView, TRequest>;
        Delegate get = GetAsync<TTable, TEntity, TView, TRequest>;
        Delegate update = UpdateAsync<TTable, TEntity, TView, TRequest>;
        api.MapGet("/", list)
            .WithName($"List{plural}")
            .WithSummary($"List {one}s")
            .WithDescription($"One page at a time; pass `nextCursor` back as `cursor`. `search` matches part of the code or name; `kind` keeps {kindMeaning}; `sort` names a column, `desc=true` reverses it.");
        api.MapGet("/export", export)
            .WithName($"Export{plural}")
            .WithSummary($"Download {one}s as CSV or Excel")
            .WithDescription("The rows the same filters list, all of them, with headers in the caller's language.");
        api.MapPost("/", create)
            .WithName($"Create{name}")
            .WithSummary($"Create a {one}")
            .WithDescription("A code already used in the workshop is a 400 error on that field.")
            .WithIdempotency();
        api.MapGet("/{id:guid}", get)
            .WithName($"Get{name}")
            .WithSummary($"Read one {one}")
            .WithDescription("The `ETag` is the version to send back as `If-Match` when updating.");
        api.MapPut("/{id:guid}", update)
            .WithName($"Update{name}")
            .WithSummary($"Change a {one}")
            .WithDescription("Send every field, and `If-Match` with the ETag read: 412 when someone changed it since, 428 without it.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<TView>>, ValidationProblem>> ListAsync<TTable, TEntity, TView, TRequest>(
        WorkshopMember member,
        [FromServices] TTable table,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] TableQueryParameters filters,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
        where TTable : CatalogTable<TEntity, TView, TRequest>
        where TEntity : VersionedTenantEntity
        where TView : class, IVersionedView
        where TRequest : class
    {
        var query = filters.ToQuery();
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        table.ValidateQuery(query, errors);
        return errors.Count > 0
            ? errors.ToValidationProblem(text)
            : TypedResults.Ok(await table.ListAsync(member, query, cursor, limit, cancellationToken));
    }

    /// <param name="format">`csv` (default) or `xlsx`.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync<TTable, TEntity, TView, TRequest>(
        WorkshopMember member,
        [FromServices] TTable table,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        [AsParameters] TableQueryParameters filters,
        string? format = null)
        where TTable : CatalogTable<TEntity, TView, TRequest>
        where TEntity : VersionedTenantEntity
        where TView : class, IVersionedView
        where TRequest : class
    {
        var query = filters.ToQuery();
        var errors = new Dictionary<string, string[]>();
        TableExport.Validate(format, errors, text);
        table.ValidateQuery(query, errors);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        var rows = await table.ExportAsync(member, query, cancellationToken);
        TableExport.TryParse(format, out var parsed);
        var today = member.Workshop.Today(clock);
        return TableExport.File(rows, table.Columns, table.Route, parsed, text, today);
    }

    private static async Task<Results<Created<TView>, ValidationProblem>> CreateAsync<TTable, TEntity, TView, TRequest>(
        TRequest request, WorkshopMember member, [FromServices] TTable table, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
        where TTable : CatalogTable<TEntity, TView, TRequest>
        where TEntity : VersionedTenantEntity
        where TView : class, IVersionedView
        where TRequest : class
    {
        var result = await table.CreateAsync(member, request, cancellationToken);
        if (result.Value is not { } created)
        {
            return result.ToValidationProblem(text);
        }

        http.Response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/{table.Route}/{created.Id}", created);
    }

    /// <param name="id">The row's id.</param>
    private static async Task<Results<Ok<TView>, NotFound>> GetAsync<TTable, TEntity, TView, TRequest>(
        Guid id, WorkshopMember member, [FromServices] TTable table, HttpContext http, CancellationToken cancellationToken)
        where TTable : CatalogTable<TEntity, TView, TRequest>
        where TEntity : VersionedTenantEntity
        where TView : class, IVersionedView
        where TRequest : class
    {
        if (await table.GetAsync(member, id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        http.Response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    /// <param name="id">The row's id.</param>
    private static async Task<Results<Ok<TView>, ValidationProblem, NotFound>> UpdateAsync<TTable, TEntity, TView, TRequest>(
        Guid id, TRequest request, WorkshopMember member, [FromServices] TTable table, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
        where TTable : CatalogTable<TEntity, TView, TRequest>
        where TEntity : VersionedTenantEntity
        where TView : class, IVersionedView
        where TRequest : class
    {
        member.Demand(table.Area, Domain.Access.Operation.Change);
        var version = http.Request.RequireIfMatch();
        return Answer(await table.UpdateAsync(member, id, version, request, cancellationToken), http, text);
    }

    /// <summary>The usual answer to a change: 404 for no such row, 400 with field errors, or the row with its new ETag.</summary>
    public static Results<Ok<T>, ValidationProblem, NotFound> Answer<T>(Validated<T>? result, HttpContext http, IStringLocalizer text)
        where T : class, IVersionedView
    {
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        if (result.Value is not { } changed)
        {
            return result.ToValidationProblem(text);
        }

        http.Response.SetETag(changed.Version);
        return TypedResults.Ok(changed);
    }
}
