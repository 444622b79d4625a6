using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Tenancy;

public enum Industry
{
    Garment,
    ShoesAndLeather,
    MetalAndMachining,
    Printing,
    Other,
}

/// <summary>
/// A workshop (공방) — the tenant: every other row belongs to exactly one. Named Tenant in code because
/// <c>Workshop</c> is the root namespace.
/// </summary>
public sealed class Tenant
{
    public const string DefaultTimeZone = "Asia/Seoul";
    public const string DefaultCulture = "ko-KR";

    private Tenant()
    {
    }

    public Tenant(string name, string slug, Industry industry, int headcount, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        Rename(name);
        Slug = NormaliseSlug(slug);
        Industry = industry;
        Headcount = (int)Guard.Positive(headcount, nameof(headcount));
        CreatedAt = createdAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Short unique handle used in URLs and commands (<c>changsin-garment</c>).</summary>
    public string Slug { get; private set; } = string.Empty;

    public Industry Industry { get; private set; }

    public int Headcount { get; private set; }

    public string TimeZone { get; private set; } = DefaultTimeZone;

    public string Culture { get; private set; } = DefaultCulture;

    /// <summary>Some shops issue before the receipt is booked; they may let stock go below zero.</summary>
    public bool AllowNegativeStock { get; private set; }

    /// <summary>When the day shift ends; tablet sessions end then (see <c>ShiftRules</c>).</summary>
    public TimeOnly ShiftEnd { get; private set; } = Access.ShiftRules.DefaultShiftEnd;

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, nameof(name));

    public void ChangeSettings(string timeZone, string culture, bool allowNegativeStock)
    {
        TimeZone = Guard.Required(timeZone, nameof(timeZone));
        Culture = Guard.Required(culture, nameof(culture));
        AllowNegativeStock = allowNegativeStock;
    }

    public void ChangeShiftEnd(TimeOnly shiftEnd) => ShiftEnd = shiftEnd;

    private static string NormaliseSlug(string slug)
    {
        var value = Guard.Required(slug, nameof(slug)).ToLowerInvariant();
        if (!value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new DomainRuleException("workshop.slug_invalid", "A workshop slug uses only a-z, 0-9 and '-'.", value);
        }

        return value;
    }
}
