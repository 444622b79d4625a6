using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// Every password sign-in is a session with a record on the server, a row of Identity's user tokens named by the
/// session's id; the cookie carries the id. Signing out deletes the row, so a copy of the cookie and a page open
/// elsewhere on that session are signed out too, while the person's other sessions go on (ADR 0028).
/// </summary>
internal sealed class AccountSessions(MesContexts contexts, TimeProvider clock)
{
    /// <summary>The user-token provider name of session rows, and the cookie property holding the session's id.</summary>
    public const string Kind = "mes.session";

    public async Task<string> StartAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        await using var db = contexts.ForPlatform(userId);

        // Sessions past their twelve hours go when a new one starts, so a person's rows stay few.
        var sessions = await Of(db, userId).Select(t => new { t.Name, t.Value }).ToListAsync(cancellationToken);
        var expired = sessions.Where(s => SessionLifetime.HasExpired(s.Value, now)).Select(s => s.Name).ToList();
        await Of(db, userId).Where(t => expired.Contains(t.Name)).ExecuteDeleteAsync(cancellationToken);

        db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = userId, LoginProvider = Kind, Name = id, Value = now.ToString("O", CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task<bool> IsOpenAsync(Guid userId, string? sessionId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(sessionId))
        {
            return false;
        }

        await using var db = contexts.ForPlatform(userId);
        return await Of(db, userId).AnyAsync(t => t.Name == sessionId, cancellationToken);
    }

    public async Task EndAsync(Guid userId, string sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.ForPlatform(userId);
        await Of(db, userId).Where(t => t.Name == sessionId).ExecuteDeleteAsync(cancellationToken);
    }

    private static IQueryable<IdentityUserToken<Guid>> Of(MesDbContext db, Guid userId) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Kind);
}
