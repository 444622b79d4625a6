using Workshop.Mes.Contracts.Import;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>
/// A checked sheet: every row with its messages, and the changes that committing it makes in one unit of work.
/// The changes are only applied when no row has a message.
/// </summary>
internal sealed class ImportPlan(IReadOnlyList<RowCheck> rows)
{
    private readonly List<Func<MesDbContext, CancellationToken, Task>> _changes = [];

    public IReadOnlyList<RowCheck> Rows { get; } = rows;

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public bool HasErrors => Rows.Any(r => !r.IsValid);

    public void Create(Func<MesDbContext, CancellationToken, Task> change)
    {
        Created++;
        _changes.Add(change);
    }

    public void Create(Action<MesDbContext> change) => Create((db, _) =>
    {
        change(db);
        return Task.CompletedTask;
    });

    public void Update(Action<MesDbContext> change)
    {
        Updated++;
        _changes.Add((db, _) =>
        {
            change(db);
            return Task.CompletedTask;
        });
    }

    public async Task ApplyAsync(MesDbContext db, CancellationToken cancellationToken)
    {
        foreach (var change in _changes)
        {
            await change(db, cancellationToken);
        }
    }

    public ImportPreview Preview(ImportKind kind) =>
        new(
            kind,
            [.. ImportColumns.Of(kind).Select(c => c.Field)],
            [.. Rows.Select(r => new ImportRow(r.Row, r.Values, r.Errors))],
            Rows.Count(r => !r.IsValid));

    /// <summary>Marks the second and later rows with the same key, naming the row that had it first.</summary>
    public static void FlagDuplicates(IEnumerable<(RowCheck Row, string? Key)> rows, string field)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, key) in rows)
        {
            if (key is null)
            {
                continue;
            }

            if (first.TryGetValue(key, out var earlier))
            {
                row.Fail(field, "Import.Duplicate", earlier);
            }
            else
            {
                first[key] = row.Row;
            }
        }
    }
}
