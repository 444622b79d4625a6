using System.Globalization;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Features.Audit;

/// <summary>The audit trail's filter rules, used by the API (per-field 400s) and the page's filter bar.</summary>
internal static class AuditFilterValidation
{
    public const int ActorMaxLength = 200;

    public static string? EntityTypeError(string? entityType, IStringLocalizer text) =>
        string.IsNullOrWhiteSpace(entityType) || AuditTrailService.KnownEntityType(entityType) is not null ? null : text["Audit.EntityTypeUnknown"].Value;

    public static string? ActorError(string? actor, IStringLocalizer text) =>
        actor is { Length: > ActorMaxLength } ? text["Audit.ActorTooLong", ActorMaxLength].Value
        : actor is not null && TypedText.HasControlCharacters(actor) ? text["Edges.ControlCharacters"].Value
        : null;

    /// <summary>A day outside <see cref="AcceptedDates"/>, which the filter's day arithmetic cannot reach.</summary>
    public static string? DayError(DateOnly? day, IStringLocalizer text) => FieldChecks.DayError(day, text);

    public static string? RangeError(DateOnly? from, DateOnly? to, IStringLocalizer text) =>
        from is { } start && to is { } end && start > end ? text["Audit.ToBeforeFrom"].Value : null;

    /// <summary>A <c>yyyy-MM-dd</c> day; false for anything else.</summary>
    public static bool TryParseDay(string? value, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
