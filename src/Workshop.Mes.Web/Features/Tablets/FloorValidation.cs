using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>One input problem: the field, the resource key of its message (<c>Floor.Error.{Code}</c>) and its arguments.</summary>
internal sealed record FieldError(string Field, string Code, params object[] Arguments)
{
    public string Key => $"Floor.Error.{Code}";
}

/// <summary>
/// The checks on what owners and tablets send, shared by the API (as per-field 400s) and the forms (as a
/// message on the page), so both refuse the same input with the same words.
/// </summary>
internal static class FloorValidation
{
    public const int DeviceNameMaxLength = 100;

    public static IReadOnlyList<FieldError> DeviceName(PairTabletRequest request)
    {
        if (request.DeviceName is { } typed && TypedText.HasControlCharacters(typed))
        {
            return [new FieldError("deviceName", "ControlCharacters")];
        }

        var name = TypedText.CleanOrNull(request.DeviceName);
        if (name is null)
        {
            return [new FieldError("deviceName", "DeviceNameRequired")];
        }

        return name.Length > DeviceNameMaxLength ? [new FieldError("deviceName", "DeviceNameTooLong", DeviceNameMaxLength)] : [];
    }

    /// <summary>The code in the form it was hashed, or an error when it cannot be a pairing code.</summary>
    public static (string? Code, IReadOnlyList<FieldError> Errors) PairingCode(RedeemPairingRequest request) =>
        DevicePairing.Normalise(request.Code) is { } code ? (code, []) : (null, [new FieldError("code", "CodeInvalid")]);

    /// <summary>Who (a worker id or a badge, not both) and a PIN of the right shape; whether it is the right PIN is the sign-in's business.</summary>
    public static IReadOnlyList<FieldError> SignIn(WorkerSignInRequest request)
    {
        var errors = new List<FieldError>();
        var hasBadge = !string.IsNullOrWhiteSpace(request.BadgeCode);
        var hasWorker = request.WorkerId is { } id && id != Guid.Empty;
        if (hasWorker == hasBadge)
        {
            errors.Add(new FieldError(hasWorker ? "badgeCode" : "workerId", "WorkerRequired"));
        }

        var pin = request.Pin?.Trim() ?? string.Empty;
        if (pin.Length is < PinPolicy.MinLength or > PinPolicy.MaxLength || !pin.All(char.IsAsciiDigit))
        {
            errors.Add(new FieldError("pin", "PinFormat", PinPolicy.MinLength, PinPolicy.MaxLength));
        }

        return errors;
    }

    public static Dictionary<string, string[]> Localise(IEnumerable<FieldError> errors, IStringLocalizer text) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => text[e.Key, e.Arguments].Value).ToArray());
}
