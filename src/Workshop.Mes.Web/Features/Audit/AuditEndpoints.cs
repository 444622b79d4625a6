using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Audit;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Audit;

internal static class AuditEndpoints
{
    public static void MapAuditApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("audit", "Audit trail");

        api.MapGet("/", ListAsync)
            .WithName("ListAuditEntries")
            .WithSummary("List audit entries")
            .WithDescription("Owner only. Who changed what and when, newest first, one page at a time. Pass `nextCursor` back as `cursor` for the next page.");
    }

    /// <param name="entityType">One kind of record, e.g. `WorkOrder` or `ApiKey`.</param>
    /// <param name="actor">Part of the name of who made the change.</param>
    /// <param name="from">First day (`yyyy-MM-dd`, in the workshop's time zone).</param>
    /// <param name="to">Last day (`yyyy-MM-dd`, in the workshop's time zone), included.</param>
    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<AuditEntryView>>, ValidationProblem>> ListAsync(
        WorkshopMember member,
        AuditTrailService service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        string? entityType = null,
        string? actor = null,
        string? from = null,
        string? to = null,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        // Asked before validating, so a role without the right learns nothing from the errors.
        member.Demand(Area.Audit, Operation.Read);
        var errors = new Dictionary<string, string[]>();
        if (AuditFilterValidation.EntityTypeError(entityType, text) is { } typeError)
        {
            errors["entityType"] = [typeError];
        }

        if (AuditFilterValidation.ActorError(actor, text) is { } actorError)
        {
            errors["actor"] = [actorError];
        }

        if (!AuditFilterValidation.TryParseDay(from, out var fromDay))
        {
            errors["from"] = [text["Validation.Date"]];
        }
        else if (AuditFilterValidation.DayError(fromDay, text) is { } fromError)
        {
            errors["from"] = [fromError];
        }

        if (!AuditFilterValidation.TryParseDay(to, out var toDay))
        {
            errors["to"] = [text["Validation.Date"]];
        }
        else if ((AuditFilterValidation.DayError(toDay, text) ?? AuditFilterValidation.RangeError(fromDay, toDay, text)) is { } toError)
        {
            errors["to"] = [toError];
        }

        Paging.Validate(limit, cursor, AuditTrailService.ReadsCursor, errors, text);

        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        var filter = new AuditFilter(entityType, actor, fromDay, toDay);
        return TypedResults.Ok(await service.ListPageAsync(member, filter, cursor, limit, cancellationToken));
    }
}
