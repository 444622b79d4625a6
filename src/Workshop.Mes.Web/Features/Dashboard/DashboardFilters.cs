using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Dashboard;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>
/// The dashboard's filter as the URL and the API carry it (<c>from</c>, <c>to</c>, <c>workstationId</c>,
/// <c>productId</c>), read once for the page and the endpoints: the last <see cref="DefaultDays"/> days when no range
/// is given, per-field errors for what cannot be read.
/// </summary>
internal static class DashboardFilters
{
    /// <summary>The range when none is given: a quarter, today included, so weekly trends and monthly costs have a few points.</summary>
    public const int DefaultDays = 91;

    /// <summary>A longer range is not a dashboard; the page and the API refuse it.</summary>
    public const int MaxDays = 731;

    public static DashboardFilter Default(DateOnly today) => new(today.AddDays(1 - DefaultDays), today);

    public static Validated<DashboardFilter> Read(string? from, string? to, string? workstationId, string? productId, DateOnly today, IStringLocalizer text)
    {
        var errors = new Dictionary<string, string[]>();
        var fromDay = FieldChecks.QueryDay(from, "from", errors, text);
        var toDay = FieldChecks.QueryDay(to, "to", errors, text);
        var station = Id(workstationId, "workstationId", errors, text);
        var product = Id(productId, "productId", errors, text);
        var last = toDay ?? (fromDay is { } f && f > today ? f : today);
        var first = fromDay ?? last.AddDays(1 - DefaultDays);
        if (errors.Count == 0 && first > last)
        {
            errors["to"] = [text["Dashboard.Validation.DateRange"]];
        }
        else if (errors.Count == 0 && last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            errors["from"] = [text["Dashboard.Validation.RangeTooLong", MaxDays]];
        }

        return errors.Count > 0 ? new(null, errors) : new(new DashboardFilter(first, last, station, product), errors);
    }

    /// <summary>Reads <c>by</c> as one of the enum's names (case ignored); empty gives the first.</summary>
    public static TEnum By<TEnum>(string? by, Dictionary<string, string[]> errors, IStringLocalizer text)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(by))
        {
            return default;
        }

        if (Enum.TryParse<TEnum>(by, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(by, out _))
        {
            return parsed;
        }

        errors["by"] = [text["Dashboard.Validation.By", string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))]];
        return default;
    }

    private static Guid? Id(string? value, string field, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        errors[field] = [text["Dashboard.Validation.Id"]];
        return null;
    }
}
