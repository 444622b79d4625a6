using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>The checks a customer order and a split into work orders must pass, per field, in the person's language.</summary>
internal sealed class CustomerOrderChecks(IStringLocalizer<SharedResource> text)
{
    public const int CustomerNameMaxLength = 200;

    public Dictionary<string, string[]> Splits(CustomerOrder order, IReadOnlyList<LineSplit> splits)
    {
        var errors = new Dictionary<string, string[]>();
        var checks = new FieldChecks(text, errors);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < splits.Count; i++)
        {
            var split = splits[i];
            var line = order.Lines.SingleOrDefault(l => l.Id == split.LineId);
            if (split.LineId is null)
            {
                errors[$"splits[{i}].lineId"] = [text["Validation.Required"]];
            }
            else if (line is null)
            {
                errors[$"splits[{i}].lineId"] = [text["Orders.UnknownLine"]];
            }
            else if (!seen.Add(line.Id))
            {
                errors[$"splits[{i}].lineId"] = [text["Orders.DuplicateLine"]];
            }

            if (split.Quantities is not { Count: > 0 } quantities)
            {
                errors[$"splits[{i}].quantities"] = [text["Validation.Required"]];
            }
            else if (quantities.Any(q => q <= 0))
            {
                errors[$"splits[{i}].quantities"] = [text["Orders.Positive"]];
            }
            else
            {
                // Each is checked before the sum, which a few huge quantities would overflow.
                foreach (var quantity in quantities)
                {
                    checks.Number($"splits[{i}].quantities", quantity);
                }

                if (!errors.ContainsKey($"splits[{i}].quantities") && line is not null && quantities.Sum() != line.RemainingQuantity)
                {
                    errors[$"splits[{i}].quantities"] = [text["Orders.SplitSum", line.RemainingQuantity.ToString("0.####")]];
                }
            }
        }

        return errors;
    }

    /// <summary>The one validation of an order, for the API and the page alike.</summary>
    public async Task<Dictionary<string, string[]>> OrderAsync(
        MesDbContext db, CustomerOrderRequest request, DateOnly orderedOn, IReadOnlySet<Guid>? existingLines, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var checks = new FieldChecks(text, errors);
        checks.Text("customerName", request.CustomerName, CustomerNameMaxLength);
        checks.Day("orderedOn", orderedOn);
        if (request.Lines is not { Count: > 0 } lines)
        {
            errors["lines"] = [text["Orders.LinesRequired"]];
            return errors;
        }

        var productIds = lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var kinds = await CatalogReads.Items(db).Where(i => productIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Kind, cancellationToken);
        var seenLines = new HashSet<Guid>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Id is { } lineId && (existingLines is null || !existingLines.Contains(lineId) || !seenLines.Add(lineId)))
            {
                errors[$"lines[{i}].id"] = [text["Orders.UnknownLine"]];
            }

            if (line.ProductId is not { } productId)
            {
                errors[$"lines[{i}].productId"] = [text["Validation.Required"]];
            }
            else if (!kinds.TryGetValue(productId, out var kind) || kind != ItemKind.Product)
            {
                errors[$"lines[{i}].productId"] = [text["Orders.NotAProduct"]];
            }

            if (line.Quantity is not { } quantity)
            {
                errors[$"lines[{i}].quantity"] = [text["Validation.Required"]];
            }
            else if (quantity <= 0)
            {
                errors[$"lines[{i}].quantity"] = [text["Orders.Positive"]];
            }

            if (line.DueDate is not { } due)
            {
                errors[$"lines[{i}].dueDate"] = [text["Validation.Required"]];
            }
            else if (due < orderedOn)
            {
                errors[$"lines[{i}].dueDate"] = [text["Orders.DueBeforeOrder"]];
            }

            checks.Number($"lines[{i}].quantity", line.Quantity);
            checks.Day($"lines[{i}].dueDate", line.DueDate);
            Sizes($"lines[{i}]", line, errors, checks);
        }

        return errors;
    }

    /// <summary>
    /// The line's size breakdown (the same rules as <see cref="SizeBreakdown.Checked"/>, as field errors): each size
    /// under <c>lines[i].sizes[j]</c>, the count and the sum under <c>lines[i].sizes</c>.
    /// </summary>
    private void Sizes(string field, CustomerOrderLineRequest line, Dictionary<string, string[]> errors, FieldChecks checks)
    {
        if (line.Sizes is not { Count: > 0 } sizes)
        {
            return;
        }

        if (sizes.Count > SizeBreakdown.MaxSizes)
        {
            errors[$"{field}.sizes"] = [text["Orders.Sizes.TooMany", SizeBreakdown.MaxSizes]];
            return;
        }

        var seen = new Dictionary<string, int>();
        for (var j = 0; j < sizes.Count; j++)
        {
            var (label, quantity) = (sizes[j].Label, sizes[j].Quantity);
            checks.Text($"{field}.sizes[{j}].label", label, SizeBreakdown.LabelMaxLength);
            if (!string.IsNullOrWhiteSpace(label) && !seen.TryAdd(SizeBreakdown.Key(label), j))
            {
                errors.TryAdd($"{field}.sizes[{j}].label", [text["Orders.Sizes.Duplicate", SizeBreakdown.Label(label)]]);
            }

            if (quantity is not { } value)
            {
                errors[$"{field}.sizes[{j}].quantity"] = [text["Validation.Required"]];
            }
            else if (value <= 0)
            {
                errors[$"{field}.sizes[{j}].quantity"] = [text["Orders.Sizes.Positive", SizeBreakdown.Label(label ?? string.Empty)]];
            }
            else
            {
                checks.Number($"{field}.sizes[{j}].quantity", value);
            }
        }

        var sizeErrors = errors.Keys.Any(k => k.StartsWith($"{field}.sizes[", StringComparison.Ordinal));
        if (!sizeErrors && line.Quantity is { } lineQuantity && sizes.Sum(s => s.Quantity!.Value) is var sum && sum != lineQuantity)
        {
            errors[$"{field}.sizes"] = [text["Orders.Sizes.Sum", Formats.Number(sum), Formats.Number(lineQuantity)]];
        }
    }
}
