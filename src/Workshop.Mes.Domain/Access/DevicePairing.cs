using System.Security.Cryptography;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Access;

/// <summary>
/// A short code the owner's screen shows (also as a QR) so a tablet can enrol itself: typed or scanned on the
/// tablet within ten minutes, once, it becomes a <see cref="FloorDevice"/> with its own credential.
/// </summary>
public sealed class DevicePairing : TenantEntity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    // No 0/O, 1/I/L or U/V: a code read off a screen across a bench should not be misread.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTWXYZ23456789";
    private const int CodeLength = 8;

    private DevicePairing()
    {
    }

    public DevicePairing(Guid workshopId, string deviceName, string createdBy, DateTimeOffset createdAt)
        : base(workshopId)
    {
        DeviceName = Guard.Required(deviceName, nameof(deviceName));
        CreatedBy = Guard.Required(createdBy, nameof(createdBy));
        CreatedAt = createdAt.ToUniversalTime();
        ExpiresAt = CreatedAt + Lifetime;
    }

    public string DeviceName { get; private set; } = string.Empty;

    public string CreatedBy { get; private set; } = string.Empty;

    public string CodeHash { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RedeemedAt { get; private set; }

    public Guid? DeviceId { get; private set; }

    /// <summary>Makes the code to show, formatted <c>ABCD-EFGH</c>; only its hash is kept.</summary>
    public string IssueCode()
    {
        var code = new string(RandomNumberGenerator.GetItems<char>(Alphabet, CodeLength));
        CodeHash = HashCode(code);
        return $"{code[..4]}-{code[4..]}";
    }

    /// <summary>The code as people type it (any case, spaces or dashes) in the form it was hashed.</summary>
    public static string? Normalise(string? typed)
    {
        var code = new string((typed ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return code.Length == CodeLength && code.All(Alphabet.Contains) ? code : null;
    }

    public static string HashCode(string normalisedCode) => SecretHash.Of(normalisedCode);

    /// <summary>Turns the pairing into an enrolled device; a code works once and only while fresh.</summary>
    public FloorDevice Redeem(DateTimeOffset now)
    {
        if (RedeemedAt is not null)
        {
            throw new DomainRuleException("pairing.used", "This pairing code has already been used.");
        }

        if (now >= ExpiresAt)
        {
            throw new DomainRuleException("pairing.expired", "This pairing code has expired; make a new one.");
        }

        var device = new FloorDevice(WorkshopId, DeviceName, now);
        RedeemedAt = now.ToUniversalTime();
        DeviceId = device.Id;
        return device;
    }
}
