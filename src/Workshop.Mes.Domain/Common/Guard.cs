namespace Workshop.Mes.Domain.Common;

/// <summary>Small checks shared by the entities; each throws a <see cref="DomainRuleException"/>.</summary>
public static class Guard
{
    public static string Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException("rule.required", $"{field} is required.", field);
        }

        return value.Trim();
    }

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
}
