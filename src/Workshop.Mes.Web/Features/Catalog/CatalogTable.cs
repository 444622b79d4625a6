using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>What a master-data list is narrowed and sorted by; <c>Kind</c> means what each table filters on (item kind, location kind, defect category, station state).</summary>
public sealed record TableQuery(string? Search = null, string? Kind = null, string? Sort = null, bool Descending = false);

/// <summary>One page of a grid with the total for its pager.</summary>
public sealed record TablePage<TView>(IReadOnlyList<TView> Items, int TotalCount);

/// <summary>
/// A master-data table (items, stations, locations, defect codes, downtime reasons, workers): one row type with a
/// code unique in the workshop, listed, searched, sorted, exported, created and edited the same way. Each table
/// says only what differs — its fields, sorts, filter and validation; the API (<see cref="CatalogTableEndpoints"/>)
/// and the pages (<c>CatalogTableView</c>) call the same methods.
/// </summary>
/// <summary>What the shared list page needs of a table, without naming its entity.</summary>
public interface ICatalogTable<TView, TRequest>
    where TView : class, IVersionedView
    where TRequest : class
{
    string Route { get; }

    IReadOnlyCollection<string> KindNames { get; }

    Task<TablePage<TView>> GridAsync(WorkshopMember member, TableQuery query, int page, int pageSize, CancellationToken cancellationToken);

    Task<TView?> GetAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken);

    Task<Validated<TView>> CreateAsync(WorkshopMember member, TRequest request, CancellationToken cancellationToken);

    Task<Validated<TView>?> UpdateAsync(WorkshopMember member, Guid id, uint version, TRequest request, CancellationToken cancellationToken);
}

internal abstract class CatalogTable<TEntity, TView, TRequest>(MesContexts contexts, IStringLocalizer<SharedResource> text) : ICatalogTable<TView, TRequest>
    where TEntity : VersionedTenantEntity
    where TView : class, IVersionedView
    where TRequest : class
{
    protected IStringLocalizer<SharedResource> Text => text;

    public virtual Area Area => Area.Catalog;

    /// <summary>The path under <c>/api/v1</c> and the export's file name.</summary>
    public abstract string Route { get; }

    /// <summary>The JSON name of the unique code (<c>code</c>, <c>badgeCode</c>): where a duplicate is reported.</summary>
    protected virtual string CodeField => "code";

    /// <summary>The unique code column.</summary>
    protected abstract Expression<Func<TEntity, string>> Code { get; }

    /// <summary>Sort names the API accepts (camelCase), the first is the default; ties break on the code.</summary>
    public abstract IReadOnlyDictionary<string, Expression<Func<TEntity, object>>> Sorts { get; }

    /// <summary>Values of the <c>kind</c> filter and the rows each keeps; empty when the table has no such filter.</summary>
    public virtual IReadOnlyDictionary<string, Expression<Func<TEntity, bool>>> Kinds { get; } = new Dictionary<string, Expression<Func<TEntity, bool>>>();

    public IReadOnlyCollection<string> KindNames => [.. Kinds.Keys];

    public abstract IReadOnlyList<ExportColumn<TView>> Columns { get; }

    protected abstract Expression<Func<TEntity, bool>> Matches(string pattern);

    public abstract TView ToView(TEntity entity);

    protected abstract string? CodeOf(TRequest request);

    /// <summary>Per-field errors of the request alone (the same for the API and the form).</summary>
    public abstract Dictionary<string, string[]> Validate(TRequest request);

    /// <summary>Checks against other rows (a location that must exist, …); the code's uniqueness is checked already.</summary>
    protected virtual Task ValidateAgainstAsync(MesDbContext db, TRequest request, Dictionary<string, string[]> errors, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected abstract TEntity Create(Guid workshopId, TRequest request);

    protected abstract void Apply(TEntity entity, TRequest request);

    /// <summary>Errors for a sort or kind the table does not know, added to <paramref name="errors"/>.</summary>
    public void ValidateQuery(TableQuery query, Dictionary<string, string[]> errors)
    {
        if (!string.IsNullOrEmpty(query.Sort) && FindKey(Sorts, query.Sort) is null)
        {
            errors["sort"] = [text["Catalog.Sort", string.Join(", ", Sorts.Keys)]];
        }

        if (!string.IsNullOrEmpty(query.Kind) && FindKey(Kinds, query.Kind) is null)
        {
            errors["kind"] = [Kinds.Count == 0 ? text["Catalog.NoKind"] : text["Catalog.Kind", string.Join(", ", Kinds.Keys)]];
        }
    }

    public async Task<Page<TView>> ListAsync(WorkshopMember member, TableQuery query, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area, Operation.Read);
        await using var db = member.OpenData(contexts);
        var page = await Paging.OffsetPageAsync(Sorted(Filter(db, query), query), cursor, limit, cancellationToken);
        return new Page<TView>(page.Items.Select(ToView).ToList(), page.NextCursor);
    }

    public async Task<TablePage<TView>> GridAsync(WorkshopMember member, TableQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        member.Demand(Area, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = Filter(db, query);
        var total = await rows.CountAsync(cancellationToken);
        var items = await Sorted(rows, query).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new TablePage<TView>(items.Select(ToView).ToList(), total);
    }

    public async Task<IReadOnlyList<TView>> ExportAsync(WorkshopMember member, TableQuery query, CancellationToken cancellationToken)
    {
        member.Demand(Area, Operation.Export);
        await using var db = member.OpenData(contexts);
        var rows = await Sorted(Filter(db, query), query).Take(TableExport.MaxRows).ToListAsync(cancellationToken);
        return rows.Select(ToView).ToList();
    }

    public async Task<TView?> GetAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area, Operation.Read);
        await using var db = member.OpenData(contexts);
        var entity = await db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return entity is null ? null : ToView(entity);
    }

    public async Task<Validated<TView>> CreateAsync(WorkshopMember member, TRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area, Operation.Create);
        await using var db = member.OpenData(contexts);
        var errors = await CheckAsync(db, request, Guid.Empty, cancellationToken);
        if (errors.Count > 0)
        {
            return new Validated<TView>(null, errors);
        }

        var entity = Create(member.Workshop.Id, request);
        db.Set<TEntity>().Add(entity);
        return await SaveAsync(db, entity, cancellationToken);
    }

    /// <summary>Null when there is no such row in the workshop.</summary>
    public async Task<Validated<TView>?> UpdateAsync(WorkshopMember member, Guid id, uint version, TRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area, Operation.Change);
        await using var db = member.OpenData(contexts);
        var entity = await db.Set<TEntity>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        RowVersions.Expect(db, entity, version);
        var errors = await CheckAsync(db, request, id, cancellationToken);
        if (errors.Count > 0)
        {
            return new Validated<TView>(null, errors);
        }

        Apply(entity, request);

        // Saved even when nothing differs, so every accepted update hands out a new version.
        db.Entry(entity).State = EntityState.Modified;
        return await SaveAsync(db, entity, cancellationToken);
    }

    /// <summary>Runs one domain change on a row (deactivate, new PIN, …); null when there is no such row.</summary>
    public async Task<TView?> ChangeAsync(WorkshopMember member, Guid id, uint? version, Action<TEntity> change, CancellationToken cancellationToken)
    {
        member.Demand(Area, Operation.Change);
        await using var db = member.OpenData(contexts);
        var entity = await db.Set<TEntity>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        if (version is { } expected)
        {
            RowVersions.Expect(db, entity, expected);
        }

        change(entity);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(entity);
    }

    protected static Dictionary<string, Expression<Func<TEntity, bool>>> ByEnum<TEnum>(Expression<Func<TEntity, TEnum>> selector)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(
            v => v.ToString(),
            v => Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(selector.Body, Expression.Constant(v)), selector.Parameters));

    private async Task<Dictionary<string, string[]>> CheckAsync(MesDbContext db, TRequest request, Guid self, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (!errors.ContainsKey(CodeField) && TypedText.CleanOrNull(CodeOf(request)) is { } code
            && await db.Set<TEntity>().Where(SameCode(code)).AnyAsync(e => e.Id != self, cancellationToken))
        {
            errors[CodeField] = [text["Catalog.CodeTaken", code]];
        }

        if (errors.Count == 0)
        {
            await ValidateAgainstAsync(db, request, errors, cancellationToken);
        }

        return errors;
    }

    private async Task<Validated<TView>> SaveAsync(MesDbContext db, TEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone saved the same code between the check and this save.
            return new Validated<TView>(null, new Dictionary<string, string[]> { [CodeField] = [text["Catalog.CodeTaken", db.Entry(entity).Property(Code).CurrentValue]] });
        }

        return new Validated<TView>(ToView(entity), new Dictionary<string, string[]>());
    }

    private Expression<Func<TEntity, bool>> SameCode(string code)
    {
        // One instance: the body and the parameter must be the same tree (Code builds a new one on every read).
        var column = Code;
        return Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(column.Body, Expression.Constant(code)), column.Parameters);
    }

    private IQueryable<TEntity> Filter(MesDbContext db, TableQuery query)
    {
        var rows = db.Set<TEntity>().AsNoTracking();
        if (!string.IsNullOrEmpty(query.Kind) && FindKey(Kinds, query.Kind) is { } kind)
        {
            rows = rows.Where(Kinds[kind]);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            rows = rows.Where(Matches(Paging.Contains(query.Search)));
        }

        return rows;
    }

    private IQueryable<TEntity> Sorted(IQueryable<TEntity> rows, TableQuery query)
    {
        var key = (string.IsNullOrEmpty(query.Sort) ? null : FindKey(Sorts, query.Sort)) ?? Sorts.Keys.First();
        var by = Sorts[key];
        var sorted = query.Descending ? rows.OrderByDescending(by) : rows.OrderBy(by);
        return query.Descending ? sorted.ThenByDescending(Code).ThenBy(e => e.Id) : sorted.ThenBy(Code).ThenBy(e => e.Id);
    }

    private static string? FindKey<TValue>(IReadOnlyDictionary<string, TValue> map, string name) =>
        map.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
}
