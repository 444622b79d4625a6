using System.Security.Cryptography;
using System.Text;

namespace Workshop.Mes.Domain.Access;

/// <summary>
/// Hashes high-entropy secrets (API keys, device credentials, invitation and pairing tokens) with SHA-256.
/// They are random, so a fast hash is right here; PINs and passwords use slow, salted hashes instead.
/// </summary>
public static class SecretHash
{
    public static string Of(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(secret)), Encoding.ASCII.GetBytes(hash));
}
