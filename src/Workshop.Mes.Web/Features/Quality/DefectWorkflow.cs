using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Quality;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Changes;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Quality;

/// <summary>
/// A defect's workflow (ADR 0068): open → analysed (root cause, 4M+E, suspected lot and station) → closed (corrective
/// action, its owner and due date). Each step checks the version the caller read, is audited by the save, and is
/// published as <see cref="ChangeKind.DefectUpdated"/>. Null answers mean there is no such defect here.
/// </summary>
internal sealed class DefectWorkflow(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int TextMaxLength = 2000;

    public async Task<Validated<DefectView>?> AnalyseAsync(WorkshopMember member, Guid id, uint version, DefectAnalysisRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Change);
        await using var db = member.OpenData(contexts);
        var defect = await db.DefectRecords.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (defect is null)
        {
            return null;
        }

        RowVersions.Expect(db, defect, version);
        defect.EnsureCanAnalyse();
        var checks = new FieldChecks(text);
        checks.Note("rootCause", request.RootCause, TextMaxLength, required: true);
        var cause = checks.OneOf<CauseCategory>("cause", request.Cause);
        if (request.SuspectedLotId is { } lotId && !await InventoryReads.Lots(db).AnyAsync(l => l.Id == lotId, cancellationToken))
        {
            checks.Add("suspectedLotId", "Quality.Validation.LotUnknown");
        }

        if (request.SuspectedWorkstationId is { } stationId && !await CatalogReads.Workstations(db).AnyAsync(w => w.Id == stationId, cancellationToken))
        {
            checks.Add("suspectedWorkstationId", "Quality.Validation.StationUnknown");
        }

        if (checks.Errors.Count > 0)
        {
            return new Validated<DefectView>(null, checks.Errors);
        }

        defect.Analyse(Domain.Common.TypedText.Clean(request.RootCause!), cause, request.SuspectedLotId, request.SuspectedWorkstationId, clock.GetUtcNow());
        await ChangePublisher.SaveAndPublishAsync(db, new WorkshopChange(member.Workshop.Id, ChangeKind.DefectUpdated, defect.Id), cancellationToken);
        return new Validated<DefectView>(await DefectQueries.ViewAsync(db, member, defect, cancellationToken), checks.Errors);
    }

    public async Task<Validated<DefectView>?> CloseAsync(WorkshopMember member, Guid id, uint version, DefectClosureRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Change);
        await using var db = member.OpenData(contexts);
        var defect = await db.DefectRecords.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (defect is null)
        {
            return null;
        }

        RowVersions.Expect(db, defect, version);
        defect.EnsureCanClose();
        var checks = new FieldChecks(text);
        checks.Note("correctiveAction", request.CorrectiveAction, TextMaxLength, required: true);
        if (request.OwnerId is not { } ownerId)
        {
            checks.Add("ownerId", "Validation.Required");
        }
        else if (!await WorkshopReads.Workers(db).AnyAsync(w => w.Id == ownerId && w.IsActive, cancellationToken))
        {
            checks.Add("ownerId", "Quality.Validation.OwnerUnknown");
        }

        var recordedOn = WorkshopTime.DayOf(defect.RecordedAt, member.Workshop.Zone);
        if (request.DueOn is not { } dueOn)
        {
            checks.Add("dueOn", "Validation.Required");
        }
        else
        {
            checks.Day("dueOn", dueOn);
            if (dueOn < recordedOn)
            {
                checks.Errors.TryAdd("dueOn", [text["Quality.Validation.DueBeforeDefect", Formats.Date(recordedOn)]]);
            }
        }

        if (checks.Errors.Count > 0)
        {
            return new Validated<DefectView>(null, checks.Errors);
        }

        defect.Close(Domain.Common.TypedText.Clean(request.CorrectiveAction!), clock.GetUtcNow(), request.OwnerId, request.DueOn);
        await ChangePublisher.SaveAndPublishAsync(db, new WorkshopChange(member.Workshop.Id, ChangeKind.DefectUpdated, defect.Id), cancellationToken);
        return new Validated<DefectView>(await DefectQueries.ViewAsync(db, member, defect, cancellationToken), checks.Errors);
    }
}
