using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// A password try, counted before the password is checked. <see cref="Refused"/>: the account was already locked,
/// so the password is not checked at all. Otherwise <see cref="LockedUntil"/> is set when this was the last try
/// allowed, which locked the account unless the password turns out right.
/// </summary>
internal sealed record PasswordTry(bool Refused, DateTimeOffset? LockedUntil, Guid? UserId = null)
{
    public int LockoutMinutes(DateTimeOffset now) =>
        LockedUntil is { } until ? Math.Max(1, (int)Math.Ceiling((until - now).TotalMinutes)) : 0;
}

/// <summary>
/// Counts password tries (sign-in and the current password on the account page) toward the lockout: five wrong,
/// then fifteen minutes' wait. Each try is counted in one statement before its password is checked, so tries
/// sent at once cannot lose a count and no more than five are ever checked. Addresses without an account are
/// counted the same way, in memory, so that a lockout does not tell which addresses have accounts (ADR 0028).
/// </summary>
internal sealed class PasswordTries(MesContexts contexts, IOptions<IdentityOptions> options, TimeProvider clock) : IDisposable
{
    private readonly LockoutOptions _lockout = options.Value.Lockout;
    // Kept, like an account's count, until the lockout or a restart; a flood of addresses pushes out the oldest.
    private readonly MemoryCache _unknown = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly Lock _unknownGate = new();

    public async Task<PasswordTry> BeginAsync(MesUser user, CancellationToken cancellationToken = default)
    {
        if (!user.LockoutEnabled)
        {
            return new PasswordTry(Refused: false, LockedUntil: null, user.Id);
        }

        var now = clock.GetUtcNow();
        var until = now + _lockout.DefaultLockoutTimeSpan;
        await using var db = contexts.ForPlatform();

        // The try that reaches the limit locks at once and starts the count again, as Identity's own counter does.
        var counted = await db.Database.SqlQuery<int>($"""
            UPDATE identity.users SET
              access_failed_count = CASE WHEN access_failed_count + 1 >= {_lockout.MaxFailedAccessAttempts} THEN 0 ELSE access_failed_count + 1 END,
              lockout_end = CASE WHEN access_failed_count + 1 >= {_lockout.MaxFailedAccessAttempts} THEN {until} ELSE lockout_end END
            WHERE id = {user.Id} AND (lockout_end IS NULL OR lockout_end <= {now})
            RETURNING access_failed_count AS "Value"
            """).ToListAsync(cancellationToken);
        if (counted is [var count])
        {
            return new PasswordTry(Refused: false, count == 0 ? until : null, user.Id);
        }

        var lockedUntil = await db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleOrDefaultAsync(cancellationToken);
        return new PasswordTry(Refused: true, lockedUntil ?? now);
    }

    /// <summary>A try on an address with no account: counted and locked exactly like an account's, in this process.</summary>
    public PasswordTry BeginUnknown(string normalizedEmail)
    {
        var now = clock.GetUtcNow();
        lock (_unknownGate)
        {
            var tally = _unknown.GetOrCreate(normalizedEmail, entry =>
            {
                entry.Size = 1;
                return new Tally();
            })!;
            if (tally.LockedUntil > now)
            {
                return new PasswordTry(Refused: true, tally.LockedUntil);
            }

            tally.Count++;
            if (tally.Count < _lockout.MaxFailedAccessAttempts)
            {
                return new PasswordTry(Refused: false, LockedUntil: null);
            }

            tally.Count = 0;
            tally.LockedUntil = now + _lockout.DefaultLockoutTimeSpan;
            return new PasswordTry(Refused: false, tally.LockedUntil);
        }
    }

    /// <summary>The password was right: the count starts again, and a lock this very try set is lifted.</summary>
    public async Task PassedAsync(PasswordTry passed, CancellationToken cancellationToken = default)
    {
        if (passed.UserId is not { } userId)
        {
            return;
        }

        await using var db = contexts.ForPlatform();
        var user = db.Users.Where(u => u.Id == userId);
        if (passed.LockedUntil is null)
        {
            await user.ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, 0), cancellationToken);
        }
        else
        {
            await user.ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null), cancellationToken);
        }
    }

    public void Dispose() => _unknown.Dispose();

    private sealed class Tally
    {
        public int Count { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }
    }
}
