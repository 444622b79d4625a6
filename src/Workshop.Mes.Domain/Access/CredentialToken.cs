using System.Buffers.Text;
using System.Security.Cryptography;

namespace Workshop.Mes.Domain.Access;

/// <summary>
/// A bearer secret that names its own workshop and row: <c>{prefix}.{workshop+id}.{secret}</c> (base64url uses '-' and '_', so the dot separates). The server
/// reads the workshop from the token, looks the row up inside that workshop only (query filter and
/// row-level security both apply) and compares the secret's hash. Only the hash is ever stored.
/// </summary>
public sealed record CredentialToken(string Prefix, Guid WorkshopId, Guid Id, string Secret)
{
    public const string ApiKeyPrefix = "mes";
    public const string DevicePrefix = "dev";
    public const string InvitationPrefix = "inv";
    public const string WorkerSessionPrefix = "wks";

    public static CredentialToken Create(string prefix, Guid workshopId, Guid id) =>
        new(prefix, workshopId, id, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));

    public string SecretHash => Access.SecretHash.Of(Secret);

    public string Value
    {
        get
        {
            Span<byte> ids = stackalloc byte[32];
            WorkshopId.TryWriteBytes(ids[..16]);
            Id.TryWriteBytes(ids[16..]);
            return $"{Prefix}.{Base64Url.EncodeToString(ids)}.{Secret}";
        }
    }

    public override string ToString() => $"{Prefix}.…";

    /// <summary>The token in <paramref name="value"/> when it is well formed and has <paramref name="prefix"/>; otherwise null.</summary>
    public static CredentialToken? TryParse(string? value, string prefix)
    {
        var parts = value?.Trim().Split('.');
        if (parts is not [var p, var ids, var secret] || p != prefix || secret.Length is < 40 or > 64)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[32];
        if (!Base64Url.TryDecodeFromChars(ids, bytes, out var written) || written != 32)
        {
            return null;
        }

        var workshopId = new Guid(bytes[..16]);
        var id = new Guid(bytes[16..]);
        return workshopId == Guid.Empty || id == Guid.Empty ? null : new CredentialToken(prefix, workshopId, id, secret);
    }
}
