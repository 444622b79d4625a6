using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Quality;

namespace Workshop.Mes.Web.Features.Quality;

internal enum DefectSort
{
    RecordedAtDescending,
    RecordedAt,
    CostDescending,
    Cost,
}

/// <summary>What a defect list is narrowed to; days are in the workshop's time zone, both included.</summary>
internal sealed record DefectFilter(
    DefectStatus? Status = null,
    Guid? DefectCodeId = null,
    DefectCause? Cause = null,
    Guid? WorkstationId = null,
    Guid? ProductId = null,
    Guid? WorkerId = null,
    DateOnly? From = null,
    DateOnly? To = null)
{
    /// <summary>How many filters are set.</summary>
    public int ActiveCount => new object?[] { Status, DefectCodeId, Cause, WorkstationId, ProductId, WorkerId, From, To }.Count(v => v is not null);
}

/// <summary>What a downtime list or report is narrowed to; <paramref name="Open"/> true lists only running downtime, false only ended.</summary>
internal sealed record DowntimeFilter(Guid? WorkstationId = null, Guid? ReasonId = null, DateOnly? From = null, DateOnly? To = null, bool? Open = null)
{
    /// <summary>How many filters are set.</summary>
    public int ActiveCount => new object?[] { WorkstationId, ReasonId, From, To, Open }.Count(v => v is not null);
}

/// <summary>
/// The defect list's filters, bound from the query string alike by the API list, its export and the page (whose URL
/// keeps them, so a view can be bookmarked).
/// </summary>
/// <param name="Status">Open, Analysed or Closed.</param>
/// <param name="DefectCodeId">Only this defect code.</param>
/// <param name="Cause">One of the 4M+E categories: Man, Machine, Material, Method, Measurement, Environment.</param>
/// <param name="WorkstationId">Only defects found at this station.</param>
/// <param name="ProductId">Only defects of this product.</param>
/// <param name="WorkerId">Only defects reported by this worker.</param>
/// <param name="From">First day (`yyyy-MM-dd`, in the workshop's time zone).</param>
/// <param name="To">Last day (`yyyy-MM-dd`, in the workshop's time zone), included.</param>
/// <param name="Sort">-recordedAt (default), recordedAt, -cost, cost.</param>
internal sealed record DefectQueryParameters(
    [FromQuery(Name = "status")] string? Status = null,
    [FromQuery(Name = "defectCodeId")] Guid? DefectCodeId = null,
    [FromQuery(Name = "cause")] string? Cause = null,
    [FromQuery(Name = "workstationId")] Guid? WorkstationId = null,
    [FromQuery(Name = "productId")] Guid? ProductId = null,
    [FromQuery(Name = "workerId")] Guid? WorkerId = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "sort")] string? Sort = null)
{
    public static readonly IReadOnlyDictionary<string, DefectSort> Sorts = new Dictionary<string, DefectSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["-recordedAt"] = DefectSort.RecordedAtDescending,
        ["recordedAt"] = DefectSort.RecordedAt,
        ["-cost"] = DefectSort.CostDescending,
        ["cost"] = DefectSort.Cost,
    };

    /// <summary>The filter and order asked for; what cannot be read goes into <paramref name="errors"/>.</summary>
    public (DefectFilter Filter, DefectSort Sort) Read(Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        var status = QueryValues.Choice<DefectStatus>(Status, "status", errors, text);
        var cause = QueryValues.Choice<DefectCause>(Cause, "cause", errors, text);
        var (from, to) = QueryValues.Days(From, To, errors, text);
        var sort = DefectSort.RecordedAtDescending;
        if (!string.IsNullOrWhiteSpace(Sort) && !Sorts.TryGetValue(Sort, out sort))
        {
            errors["sort"] = [text["Quality.Validation.Sort", string.Join(", ", Sorts.Keys)]];
        }

        return (new DefectFilter(status, DefectCodeId, cause, WorkstationId, ProductId, WorkerId, from, to), sort);
    }

    /// <summary>The query string of a filter and order, as the page's URL and its download links carry it.</summary>
    public static string QueryOf(DefectFilter filter, DefectSort sort)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = filter.Status?.ToString(),
            ["defectCodeId"] = filter.DefectCodeId?.ToString(),
            ["cause"] = filter.Cause?.ToString(),
            ["workstationId"] = filter.WorkstationId?.ToString(),
            ["productId"] = filter.ProductId?.ToString(),
            ["workerId"] = filter.WorkerId?.ToString(),
            ["from"] = QueryValues.DayText(filter.From),
            ["to"] = QueryValues.DayText(filter.To),
            ["sort"] = sort == DefectSort.RecordedAtDescending ? null : Sorts.First(s => s.Value == sort).Key,
        };
        return QueryValues.Join(query);
    }
}

/// <summary>The downtime list's and report's filters, bound from the query string alike by the API and the page.</summary>
/// <param name="WorkstationId">Only this station.</param>
/// <param name="ReasonId">Only this downtime reason.</param>
/// <param name="From">First day the downtime started (`yyyy-MM-dd`, in the workshop's time zone).</param>
/// <param name="To">Last day the downtime started, included.</param>
/// <param name="State">open (still running) or ended; both when left out.</param>
internal sealed record DowntimeQueryParameters(
    [FromQuery(Name = "workstationId")] Guid? WorkstationId = null,
    [FromQuery(Name = "reasonId")] Guid? ReasonId = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "state")] string? State = null)
{
    public DowntimeFilter Read(Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        var (from, to) = QueryValues.Days(From, To, errors, text);
        bool? open = null;
        if (!string.IsNullOrWhiteSpace(State))
        {
            open = State.Trim().ToLowerInvariant() switch
            {
                "open" => true,
                "ended" => false,
                _ => null,
            };
            if (open is null)
            {
                errors["state"] = [text["Quality.Validation.DowntimeState"]];
            }
        }

        return new DowntimeFilter(WorkstationId, ReasonId, from, to, open);
    }

    public static string QueryOf(DowntimeFilter filter) => QueryValues.Join(new Dictionary<string, string?>
    {
        ["workstationId"] = filter.WorkstationId?.ToString(),
        ["reasonId"] = filter.ReasonId?.ToString(),
        ["from"] = QueryValues.DayText(filter.From),
        ["to"] = QueryValues.DayText(filter.To),
        ["state"] = filter.Open switch { true => "open", false => "ended", null => null },
    });
}

/// <summary>Reading and writing the quality lists' query-string values.</summary>
internal static class QueryValues
{
    public static TEnum? Choice<TEnum>(string? value, string field, Dictionary<string, string[]> errors, IStringLocalizer text)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors[field] = [text["Catalog.OneOf", string.Join(", ", Enum.GetNames<TEnum>())]];
        return null;
    }

    public static (DateOnly? From, DateOnly? To) Days(string? from, string? to, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        var fromDay = FieldChecks.QueryDay(from, "from", errors, text);
        var toDay = FieldChecks.QueryDay(to, "to", errors, text);
        if (fromDay > toDay)
        {
            errors["to"] = [text["Quality.Validation.DateRange"]];
        }

        return (fromDay, toDay);
    }

    public static string? DayText(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Join(Dictionary<string, string?> values) =>
        QueryHelpers.AddQueryString(string.Empty, values.Where(v => !string.IsNullOrEmpty(v.Value))).TrimStart('?');
}
