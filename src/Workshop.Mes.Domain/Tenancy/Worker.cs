using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Tenancy;

/// <summary>A person on the floor: signs in on a shared tablet with a badge or PIN; their hourly cost prices lost time.</summary>
public sealed class Worker : VersionedTenantEntity
{
    private Worker()
    {
    }

    public Worker(Guid workshopId, string displayName, string badgeCode, decimal hourlyCost)
        : base(workshopId)
    {
        DisplayName = Guard.Required(displayName, nameof(displayName));
        BadgeCode = Guard.Required(badgeCode, nameof(badgeCode));
        HourlyCost = Guard.NotNegative(hourlyCost, nameof(hourlyCost));
    }

    public string DisplayName { get; private set; } = string.Empty;

    public string BadgeCode { get; private set; } = string.Empty;

    /// <summary>Hash of the worker's PIN; never the PIN itself.</summary>
    public string? PinHash { get; private set; }

    public decimal HourlyCost { get; private set; }

    public bool IsActive { get; private set; } = true;

    /// <summary>Wrong PINs in a row since the last good one or the last lockout.</summary>
    public int FailedPinAttempts { get; private set; }

    public DateTimeOffset? PinLockedUntil { get; private set; }

    public void SetPinHash(string pinHash)
    {
        PinHash = Guard.Required(pinHash, nameof(pinHash));
        FailedPinAttempts = 0;
        PinLockedUntil = null;
    }

    public bool IsPinLockedAt(DateTimeOffset now) => PinLockedUntil is { } until && now < until;

    /// <summary>Counts a wrong PIN; the fifth in a row locks PIN sign-in for a quarter of an hour.</summary>
    public void PinFailed(DateTimeOffset now)
    {
        FailedPinAttempts++;
        if (FailedPinAttempts >= PinPolicy.AttemptsBeforeLockout)
        {
            PinLockedUntil = now.ToUniversalTime() + PinPolicy.Lockout;
            FailedPinAttempts = 0;
        }
    }

    public void PinAccepted()
    {
        FailedPinAttempts = 0;
        PinLockedUntil = null;
    }

    public void Describe(string displayName, string badgeCode)
    {
        DisplayName = Guard.Required(displayName, nameof(displayName));
        BadgeCode = Guard.Required(badgeCode, nameof(badgeCode));
    }

    public void ChangeHourlyCost(decimal hourlyCost) => HourlyCost = Guard.NotNegative(hourlyCost, nameof(hourlyCost));

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
