using Microsoft.AspNetCore.Identity;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// A worker's PIN, hashed slowly and salted like a password (a PIN is short, so a fast hash would fall to a
/// table of all 10^8 values). Set when the worker accepts their invitation, checked on the tablets.
/// </summary>
[ModuleSurface]
internal static class PinHasher
{
    private static readonly PasswordHasher<Worker> _hasher = new();

    public static string Hash(Worker worker, string pin) => _hasher.HashPassword(worker, pin);

    public static bool Verify(Worker worker, string pin) =>
        worker.PinHash is { } hash && _hasher.VerifyHashedPassword(worker, hash, pin) != PasswordVerificationResult.Failed;
}
