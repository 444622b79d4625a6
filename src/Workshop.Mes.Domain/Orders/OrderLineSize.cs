using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Orders;

/// <summary>One size or colour of the line's product and how many of it: "28" × 15, "네이비 / 30" × 20.</summary>
public sealed record OrderLineSize(string Label, decimal Quantity);

/// <summary>
/// The size breakdown (사이즈별 수량) of an order line: labels unique on the line (blanks and case ignored), each
/// quantity above zero, at most <see cref="MaxSizes"/>, adding up to the line's quantity. Stock stays per product; the
/// breakdown says what to cut and sew (ADR 0076).
/// </summary>
public static class SizeBreakdown
{
    public const int MaxSizes = 50;

    public const int LabelMaxLength = 40;

    /// <summary>The label as stored: tidied like a customer's name.</summary>
    public static string Label(string label) => CustomerNames.Tidy(label);

    /// <summary>Two labels name the same size when they are equal tidied and case-folded ("xl" and "XL").</summary>
    public static string Key(string label) => CustomerNames.Key(label);

    /// <summary>The breakdown as stored, or a <see cref="DomainRuleException"/> for one that breaks a rule.</summary>
    public static IReadOnlyList<OrderLineSize> Checked(IReadOnlyList<OrderLineSize>? sizes, decimal lineQuantity)
    {
        if (sizes is not { Count: > 0 })
        {
            return [];
        }

        if (sizes.Count > MaxSizes)
        {
            throw new DomainRuleException("customer_order.too_many_sizes", $"A line has at most {MaxSizes} sizes.", MaxSizes);
        }

        var tidied = sizes.Select(s => new OrderLineSize(Label(Guard.Required(s.Label, "label")), Guard.Positive(s.Quantity, "quantity"))).ToList();
        if (tidied.Any(s => s.Label.Length > LabelMaxLength))
        {
            throw new DomainRuleException("customer_order.size_label_too_long", $"A size label has at most {LabelMaxLength} characters.", LabelMaxLength);
        }

        if (tidied.GroupBy(s => Key(s.Label)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException("customer_order.duplicate_size", "A size appears twice on the line.", twice.First().Label);
        }

        if (tidied.Sum(s => s.Quantity) != lineQuantity)
        {
            throw new DomainRuleException("customer_order.size_sum", "The sizes must add up to the line's quantity.", tidied.Sum(s => s.Quantity), lineQuantity);
        }

        return tidied;
    }
}
