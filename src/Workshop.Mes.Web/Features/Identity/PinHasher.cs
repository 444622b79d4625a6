using Microsoft.AspNetCore.Identity;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>A worker's PIN hashed like a password (salted PBKDF2): a short secret needs a slow hash.</summary>
internal static class PinHasher
{
    private static readonly PasswordHasher<Worker> _hasher = new();

    public static string Hash(Worker worker, string pin) => _hasher.HashPassword(worker, pin);

    public static bool Verify(Worker worker, string pin) =>
        worker.PinHash is { } hash
        && _hasher.VerifyHashedPassword(worker, hash, pin) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}
