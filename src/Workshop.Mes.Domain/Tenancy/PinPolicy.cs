using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Tenancy;

/// <summary>
/// A worker's PIN: 4 to 8 digits, easy to tap with gloves on, but not one a neighbour guesses first (one
/// repeated digit or a straight run). The tablet itself is the second factor (ADR 0011).
/// </summary>
public static class PinPolicy
{
    public const int MinLength = 4;
    public const int MaxLength = 8;
    public const int AttemptsBeforeLockout = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    public static string Validate(string? pin)
    {
        var value = pin?.Trim() ?? string.Empty;
        if (value.Length is < MinLength or > MaxLength || !value.All(char.IsAsciiDigit))
        {
            throw new DomainRuleException("pin.format", "A PIN is 4 to 8 digits.", MinLength, MaxLength);
        }

        if (value.Distinct().Count() == 1 || IsRun(value, 1) || IsRun(value, -1))
        {
            throw new DomainRuleException("pin.too_simple", "Choose a PIN that is not one repeated digit or a run like 1234.");
        }

        return value;
    }

    private static bool IsRun(string digits, int step)
    {
        for (var i = 1; i < digits.Length; i++)
        {
            if (digits[i] - digits[i - 1] != step)
            {
                return false;
            }
        }

        return true;
    }
}
