namespace Workshop.Mes.Domain.Common;

/// <summary>Whether a number can be stored as it was given.</summary>
public enum DecimalFit
{
    Fits,

    /// <summary>Beyond the column's digits: the database would refuse it.</summary>
    TooLarge,

    /// <summary>More decimals than the column keeps: the database would round it (0.00001 would become 0).</summary>
    TooPrecise,
}

/// <summary>
/// How a decimal is stored, <c>numeric(Precision, Scale)</c>. The model takes its columns from here and every
/// validator checks numbers against the same column, so what is accepted is exactly what is stored (ADR 0009, 0027).
/// </summary>
public sealed record DecimalColumn(int Precision, int Scale)
{
    /// <summary>Quantities and money: <c>numeric(18,4)</c>, up to 99,999,999,999,999.9999.</summary>
    public static readonly DecimalColumn Amount = new(18, 4);

    /// <summary>A workstation's hours per day: <c>numeric(5,2)</c>.</summary>
    public static readonly DecimalColumn HoursPerDay = new(5, 2);

    /// <summary>The largest value the column holds, and the smallest negated.</summary>
    public decimal Max => Power(Precision - Scale) - (1m / Power(Scale));

    public DecimalFit Fit(decimal value) =>
        Math.Abs(value) > Max ? DecimalFit.TooLarge
        : value != Math.Round(value, Scale) ? DecimalFit.TooPrecise
        : DecimalFit.Fits;

    private static decimal Power(int exponent)
    {
        var power = 1m;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10;
        }

        return power;
    }
}
