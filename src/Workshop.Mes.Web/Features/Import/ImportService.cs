using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Import;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>The outcome of reading and checking a sheet: a problem with the file as a whole, the checked rows, and what a commit did.</summary>
internal sealed record ImportOutcome(IReadOnlyDictionary<string, string[]> FileErrors, ImportPreview? Preview, ImportResult? Result);

/// <summary>
/// Spreadsheet import (the way in from paper and Excel): a preview checks every row against the database and the
/// other rows; a commit checks again and saves all rows in one transaction, or nothing when any row is wrong.
/// </summary>
internal sealed class ImportService(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public Task<ImportOutcome> PreviewAsync(WorkshopMember member, ImportKind kind, Stream file, string? fileName, CancellationToken cancellationToken) =>
        RunAsync(member, kind, file, fileName, commit: false, cancellationToken);

    public Task<ImportOutcome> CommitAsync(WorkshopMember member, ImportKind kind, Stream file, string? fileName, CancellationToken cancellationToken) =>
        RunAsync(member, kind, file, fileName, commit: true, cancellationToken);

    public static void Demand(WorkshopMember member, ImportKind kind)
    {
        member.Demand(Area.Catalog, Operation.Create);
        if (kind == ImportKind.OpeningStock)
        {
            member.Demand(Area.Inventory, Operation.Create);
        }
    }

    private async Task<ImportOutcome> RunAsync(WorkshopMember member, ImportKind kind, Stream file, string? fileName, bool commit, CancellationToken cancellationToken)
    {
        Demand(member, kind);
        var (table, problem) = ImportSheet.Read(file, fileName, kind);
        if (table is null || table.Rows.Count == 0)
        {
            return new ImportOutcome(new Dictionary<string, string[]> { ["file"] = [text[problem?.Key ?? "Import.Empty", problem?.Arguments ?? []]] }, null, null);
        }

        // Opening stock posts to the ledger, which reruns the unit of work if another posting races it.
        return await StockLedger.RunAsync(() => member.OpenData(contexts), async db =>
        {
            var plan = await CheckAsync(db, member, kind, table, cancellationToken);
            var preview = plan.Preview(kind);
            if (!commit || plan.HasErrors)
            {
                return new ImportOutcome(new Dictionary<string, string[]>(), preview, null);
            }

            await plan.ApplyAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new ImportOutcome(new Dictionary<string, string[]>(), preview, new ImportResult(kind, plan.Created, plan.Updated));
        }, cancellationToken);
    }

    private async Task<ImportPlan> CheckAsync(MesDbContext db, WorkshopMember member, ImportKind kind, ImportTable table, CancellationToken cancellationToken)
    {
        var plan = new ImportPlan([.. table.Rows.Select(r => new RowCheck(r.Row, r.Values, text))]);
        var workshopId = member.Workshop.Id;
        await (kind switch
        {
            ImportKind.Items => SheetChecks.ItemsAsync(db, plan, workshopId, cancellationToken),
            ImportKind.Boms => SheetChecks.BomsAsync(db, plan, workshopId, cancellationToken),
            ImportKind.Routings => SheetChecks.RoutingsAsync(db, plan, workshopId, cancellationToken),
            _ => SheetChecks.OpeningStockAsync(db, plan, workshopId, clock.GetUtcNow(), cancellationToken),
        });
        return plan;
    }
}
