namespace Workshop.Mes.Domain.Orders;

/// <summary>One row of a delivery statement (거래명세서) in won: unknown when no unit price is known.</summary>
public readonly record struct StatementAmount(decimal Supply, decimal Tax);

/// <summary>
/// The money on a delivery statement (ADR 0077): the supply amount is quantity × unit price, the VAT a tenth of it,
/// each cut to whole won as Korean invoices do (원 미만 절사); a line without a price has no amount and the totals
/// add up only the priced lines.
/// </summary>
public static class StatementAmounts
{
    public const decimal VatRate = 0.1m;

    public static StatementAmount? Of(decimal quantity, decimal? unitPrice)
    {
        if (unitPrice is not { } price || price <= 0)
        {
            return null;
        }

        var supply = Math.Round(quantity * price, 0, MidpointRounding.ToZero);
        return new StatementAmount(supply, Math.Round(supply * VatRate, 0, MidpointRounding.ToZero));
    }

    /// <summary>The priced lines added up; null when no line has a price.</summary>
    public static StatementAmount? Total(IEnumerable<StatementAmount?> lines)
    {
        var priced = lines.Where(l => l is not null).Select(l => l!.Value).ToList();
        return priced.Count == 0 ? null : new StatementAmount(priced.Sum(l => l.Supply), priced.Sum(l => l.Tax));
    }
}
