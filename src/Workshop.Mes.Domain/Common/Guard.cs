namespace Workshop.Mes.Domain.Common;

/// <summary>Small checks shared by the entities; each throws a <see cref="DomainRuleException"/>.</summary>
public static class Guard
{
    /// <summary>The text as stored (<see cref="TypedText.Clean"/>); nothing but blanks and invisible characters is missing.</summary>
    public static string Required(string? value, string field) =>
        TypedText.CleanOrNull(value) ?? throw new DomainRuleException("rule.required", $"{field} is required.", field);

    public static decimal Positive(decimal value, string field)
    {
        if (value <= 0)
        {
            throw new DomainRuleException("rule.positive", $"{field} must be greater than zero.", field);
        }

        return value;
    }

    public static decimal NotNegative(decimal value, string field)
    {
        if (value < 0)
        {
            throw new DomainRuleException("rule.not_negative", $"{field} cannot be negative.", field);
        }

        return value;
    }

    /// <summary>A day people entered, within <see cref="AcceptedDates"/>; validators refuse others first, this guards stored data.</summary>
    public static DateOnly AcceptedDate(DateOnly day, string field)
    {
        if (!AcceptedDates.Contains(day))
        {
            throw new DomainRuleException("rule.date_out_of_range", $"{field} must be from {AcceptedDates.EarliestText} to {AcceptedDates.LatestText}.", field, AcceptedDates.EarliestText, AcceptedDates.LatestText);
        }

        return day;
    }
}
