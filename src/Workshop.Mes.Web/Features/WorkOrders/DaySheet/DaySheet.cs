using System.Globalization;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Web.Features.WorkOrders.Progress;

namespace Workshop.Mes.Web.Features.WorkOrders.DaySheet;

internal enum SheetRowStatus
{
    /// <summary>Being typed, or not sent yet.</summary>
    Draft,

    /// <summary>Recorded; never sent again.</summary>
    Saved,

    /// <summary>Refused (a check here, or the capture); keeps its input for the person to fix and save again.</summary>
    Refused,
}

/// <summary>One line of a paper day sheet as typed: the text of each box, read only when the sheet is saved.</summary>
internal sealed class DaySheetRow(int number)
{
    public int Number { get; } = number;

    public string? OrderText { get; set; }

    public Guid? OrderId { get; set; }

    public string? StepId { get; set; }

    public string? WorkerId { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Good { get; set; }

    public string? Scrap { get; set; }

    public string? DefectCodeId { get; set; }

    public string? Note { get; set; }

    /// <summary>"공정 완료": the step finishes; unticked, the work is reported and the step stays open.</summary>
    public bool Finish { get; set; } = true;

    /// <summary>The person typed in it; an untouched last line only shows what the next line would carry over.</summary>
    public bool Touched { get; set; }

    public SheetRowStatus Status { get; set; }

    /// <summary>Why the capture refused it, in the person's words.</summary>
    public string? Problem { get; set; }

    /// <summary>What to fix, by box (order, step, start, end, good, scrap, defect, note).</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The good count the line records when its box is left empty.</summary>
    public decimal? ExpectedGood { get; set; }

    public bool IsOpen => Touched && Status != SheetRowStatus.Saved;
}

/// <summary>
/// The day sheet (작업일지): the lines of one paper sheet and the date they were written on. A new line appears when
/// the last one is typed in, carrying over the order, the next step, the worker and the previous end as its start;
/// a line's good count defaults to what its step is expected to make. Each line is checked on its own and becomes
/// one <see cref="OfficeEntry"/>.
/// </summary>
internal sealed class DaySheet
{
    private readonly List<DaySheetRow> _rows = [new(1)];

    public DaySheet(DateOnly? date) => Date = date;

    public DateOnly? Date { get; set; }

    public IReadOnlyList<DaySheetRow> Rows => _rows;

    public IReadOnlyList<SheetOrder> Orders { get; private set; } = [];

    /// <summary>The orders as they stand now (after a save, with what was recorded).</summary>
    public void Use(IReadOnlyList<SheetOrder> orders)
    {
        // An order finished by this sheet is no longer open, but its saved lines still show it.
        var kept = Orders.Where(o => orders.All(n => n.Id != o.Id) && _rows.Any(r => r.OrderId == o.Id)).ToList();
        Orders = [.. orders, .. kept];
        Refresh();
    }

    public SheetOrder? OrderOf(DaySheetRow row) => row.OrderId is { } id ? Orders.FirstOrDefault(o => o.Id == id) : null;

    /// <summary>The steps a line may pick: the order's unfinished ones (and the one it already holds).</summary>
    public IReadOnlyList<SheetStep> StepsOf(DaySheetRow row) =>
        OrderOf(row) is { } order ? [.. order.Steps.Where(s => s.State != StepState.Finished || s.Id.ToString() == row.StepId)] : [];

    /// <summary>A box of the line changed: the line counts from now on, and the last line is always an empty one.</summary>
    public void Changed(DaySheetRow row)
    {
        if (!row.Touched)
        {
            row.Touched = true;
            if (ReferenceEquals(row, _rows[^1]))
            {
                _rows.Add(new DaySheetRow(_rows.Count + 1));
            }
        }

        row.Errors.Clear();
        if (row.Status == SheetRowStatus.Refused)
        {
            row.Status = SheetRowStatus.Draft;
            row.Problem = null;
        }

        Refresh();
    }

    /// <summary>The order box was typed in: the order it names (its number, or the only one ending in what was typed).</summary>
    public void OrderTyped(DaySheetRow row)
    {
        var found = Find(row.OrderText);
        if (found?.Id != row.OrderId)
        {
            row.OrderId = found?.Id;
            row.StepId = found is null ? null : NextStep(found, row)?.Id.ToString();
        }

        Changed(row);
    }

    /// <summary>The order a typed number names: its whole number, or the only open one ending in what was typed.</summary>
    private SheetOrder? Find(string? text)
    {
        var typed = text?.Trim() ?? string.Empty;
        if (typed.Length == 0)
        {
            return null;
        }

        var found = Orders.FirstOrDefault(o => string.Equals(o.Number, typed, StringComparison.OrdinalIgnoreCase));
        var endingSo = found is null ? Orders.Where(o => o.Number.EndsWith(typed, StringComparison.OrdinalIgnoreCase)).Take(2).ToList() : [];
        return found ?? (endingSo.Count == 1 ? endingSo[0] : null);
    }

    /// <summary>
    /// Reads one line into an entry, or fills <see cref="DaySheetRow.Errors"/> with what to fix (resource keys
    /// turned into text by <paramref name="text"/>) and gives null.
    /// </summary>
    public OfficeEntry? Read(DaySheetRow row, DateTimeOffset now, TimeZoneInfo zone, IStringLocalizer text)
    {
        row.Errors.Clear();
        var errors = new Dictionary<string, string>();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (Date is not { } date || !AcceptedDates.Contains(date) || date > today)
        {
            errors["date"] = "DaySheet.Validation.Date";
        }

        if (OrderOf(row) is null)
        {
            errors["order"] = "DaySheet.Validation.Order";
        }
        else if (!Guid.TryParse(row.StepId, out _))
        {
            errors["step"] = "DaySheet.Validation.Step";
        }

        var start = Time(row.Start, "start", errors, required: true);
        var end = Time(row.End, "end", errors, required: false);
        var scrap = Quantity(row.Scrap, "scrap", errors) ?? 0;
        var good = Quantity(row.Good, "good", errors) ?? row.ExpectedGood ?? 0;
        var kind = row.Finish ? OfficeEntryKind.Finish : good + scrap != 0 ? OfficeEntryKind.Report : OfficeEntryKind.Start;
        if (kind != OfficeEntryKind.Start && end is null && !errors.ContainsKey("end"))
        {
            errors["end"] = "DaySheet.Validation.EndRequired";
        }

        Guid? defect = Guid.TryParse(row.DefectCodeId, out var defectId) ? defectId : null;
        Guid.TryParse(row.StepId, out var stepId);
        OfficeEntry? entry = null;
        if (!errors.ContainsKey("date") && Date is { } day && start is { } from && (kind == OfficeEntryKind.Start || end is not null))
        {
            var startedAt = At(day, from, zone);
            entry = kind == OfficeEntryKind.Start
                ? new OfficeEntry(stepId, kind, startedAt, WorkerId: Worker(row), Note: row.Note)
                : new OfficeEntry(stepId, kind, At(day, end!.Value, zone), startedAt, good, scrap, defect, Worker(row), row.Note);
        }

        // The office rules check what could be read, so one save lists everything to fix on the line.
        var rules = entry ?? new OfficeEntry(stepId, kind, now, Good: good, Scrap: scrap, DefectCodeId: defect);
        foreach (var (field, key) in OfficeRules.Check(rules, now))
        {
            errors.TryAdd(Box(field), key);
        }

        if (errors.Count == 0)
        {
            return entry;
        }

        foreach (var (box, key) in errors)
        {
            row.Errors[box] = text[key, AcceptedDates.EarliestText];
        }

        return null;
    }

    /// <summary>A line was recorded: its good count is what was sent, and it is never sent again.</summary>
    public static void Saved(DaySheetRow row, OfficeEntry entry)
    {
        row.Status = SheetRowStatus.Saved;
        row.Good ??= entry.Good.ToString("0.####", CultureInfo.InvariantCulture);
        row.Problem = null;
    }

    /// <summary>Recomputes the expected good counts and what the untouched last line carries over.</summary>
    public void Refresh()
    {
        // A number typed before the orders were read (or for an order released since) is looked up again.
        foreach (var row in _rows.Where(r => r.Touched && r.OrderId is null && !string.IsNullOrWhiteSpace(r.OrderText)))
        {
            if (Find(row.OrderText) is { } order)
            {
                row.OrderId = order.Id;
                row.StepId ??= NextStep(order, row)?.Id.ToString();
            }
        }

        var reported = new Dictionary<Guid, (decimal Good, decimal Scrap)>();
        DaySheetRow? previous = null;
        foreach (var row in _rows)
        {
            if (!row.Touched && previous is not null)
            {
                CarryOver(previous, row);
            }

            row.ExpectedGood = Expected(row, reported);
            if (row.IsOpen && Guid.TryParse(row.StepId, out var stepId))
            {
                var (good, scrap) = reported.GetValueOrDefault(stepId);
                reported[stepId] = (good + (Number(row.Good) ?? row.ExpectedGood ?? 0), scrap + (Number(row.Scrap) ?? 0));
            }

            if (row.Touched)
            {
                previous = row;
            }
        }
    }

    private decimal? Expected(DaySheetRow row, Dictionary<Guid, (decimal Good, decimal Scrap)> onSheet)
    {
        if (OrderOf(row) is not { } order || order.Steps.FirstOrDefault(s => s.Id.ToString() == row.StepId) is not { } step)
        {
            return null;
        }

        var goods = order.Steps.Select(s => (s.Sequence, s.Good + onSheet.GetValueOrDefault(s.Id).Good));
        var passedOn = OfficeRules.PassedOn(order.Quantity, goods, step.Sequence);
        var (good, scrap) = onSheet.GetValueOrDefault(step.Id);
        return OfficeRules.ExpectedGood(passedOn, step.Good + good, step.Scrap + scrap + Math.Max(0, Number(row.Scrap) ?? 0));
    }

    /// <summary>The next line starts where the previous one ended: same order and worker, the next step, its end as start.</summary>
    private void CarryOver(DaySheetRow previous, DaySheetRow row)
    {
        row.OrderId = previous.OrderId;
        row.OrderText = OrderOf(previous)?.Number ?? previous.OrderText;
        row.WorkerId = previous.WorkerId;
        row.Start = string.IsNullOrWhiteSpace(previous.End) ? previous.Start : previous.End;
        row.StepId = OrderOf(previous) is { } order ? NextStep(order, row)?.Id.ToString() : null;
    }

    /// <summary>The first step of the order not finished and not yet on an earlier line of the sheet (or finished there).</summary>
    private SheetStep? NextStep(SheetOrder order, DaySheetRow row)
    {
        var earlier = _rows.TakeWhile(r => !ReferenceEquals(r, row)).Where(r => r.Touched && r.OrderId == order.Id).ToList();
        var lastOnSheet = earlier.Select(r => order.Steps.FirstOrDefault(s => s.Id.ToString() == r.StepId)).LastOrDefault(s => s is not null);
        return order.Steps.FirstOrDefault(s => s.State != StepState.Finished && (lastOnSheet is null || s.Sequence > lastOnSheet.Sequence))
            ?? order.Steps.FirstOrDefault(s => s.State != StepState.Finished);
    }

    private static Guid? Worker(DaySheetRow row) => Guid.TryParse(row.WorkerId, out var id) ? id : null;

    /// <summary>The box of the line a checked field belongs to.</summary>
    public static string Box(string field) => field switch
    {
        "at" => "end",
        "startedAt" => "start",
        "goodQuantity" => "good",
        "scrapQuantity" => "scrap",
        "defectCodeId" => "defect",
        _ => field,
    };

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static TimeOnly? Time(string? value, string box, Dictionary<string, string> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[box] = "DaySheet.Validation.TimeRequired";
            }

            return null;
        }

        if (TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "H:mm", "HH:mm:ss", "HHmm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors[box] = "DaySheet.Validation.Time";
        return null;
    }

    private static decimal? Quantity(string? value, string box, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Number(value) is not { } number)
        {
            errors[box] = "DaySheet.Validation.Number";
            return null;
        }

        if (number < 0)
        {
            errors[box] = "WorkOrders.Validation.NotNegative";
        }

        return number;
    }

    private static decimal? Number(string? value) =>
        decimal.TryParse(value?.Replace(",", string.Empty, StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;
}
