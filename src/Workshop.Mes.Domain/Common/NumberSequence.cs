namespace Workshop.Mes.Domain.Common;

/// <summary>Hands out the next document number of a kind for one workshop and month.</summary>
public sealed class NumberSequence : VersionedTenantEntity
{
    private NumberSequence()
    {
    }

    public NumberSequence(Guid workshopId, string prefix, DateOnly period)
        : base(workshopId)
    {
        Prefix = Guard.Required(prefix, nameof(prefix));
        Period = new DateOnly(period.Year, period.Month, 1);
    }

    public string Prefix { get; private set; } = string.Empty;

    public DateOnly Period { get; private set; }

    public int LastValue { get; private set; }

    public string Next()
    {
        LastValue++;
        return DocumentNumber.Format(Prefix, Period, LastValue);
    }
}
