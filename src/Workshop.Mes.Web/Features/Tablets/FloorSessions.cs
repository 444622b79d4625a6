using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>A worker session as production capture checks it: whose, on which tablet, and when it ran.</summary>
[ModuleSurface]
internal sealed record FloorSessionWindow(Guid WorkerId, string WorkerName, Guid DeviceId, DateTimeOffset StartedAt, DateTimeOffset EndedAt)
{
    /// <summary>Whether a moment lies within the session's life (an ended session still vouches for what was captured while it ran).</summary>
    public bool Covers(DateTimeOffset at) => at >= StartedAt && at <= EndedAt;
}

/// <summary>
/// Published by the tablets module: the tablet and worker a floor request carries, and a worker session by its
/// token even after it ended (ADR 0046), for the capture of events made while it ran.
/// </summary>
[ModuleSurface]
internal static class FloorSessions
{
    /// <summary>The tablet the Floor scheme let in, if any.</summary>
    public static FloorTablet? Tablet(HttpContext http) => http.Items[typeof(FloorCheck)] is FloorCheck { Tablet: { } tablet } ? tablet : null;

    /// <summary>The worker signed in with the request's <c>X-Worker-Session</c>, if any.</summary>
    public static FloorWorker? Worker(HttpContext http) => http.Items[typeof(FloorCheck)] is FloorCheck { Worker: { } worker } ? worker : null;

    /// <summary>The session named by <paramref name="token"/> on <paramref name="deviceId"/>, ended or not; null for any other token.</summary>
    public static async Task<FloorSessionWindow?> WindowAsync(MesDbContext db, Guid workshopId, Guid deviceId, string? token, CancellationToken cancellationToken)
    {
        if (CredentialToken.TryParse(token, CredentialToken.WorkerSessionPrefix) is not { } credential || credential.WorkshopId != workshopId)
        {
            return null;
        }

        var session = await db.WorkerSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == credential.Id, cancellationToken);
        if (session is null || session.DeviceId != deviceId || !SecretHash.Matches(credential.Secret, session.TokenHash))
        {
            return null;
        }

        var name = await WorkshopReads.Workers(db).Where(w => w.Id == session.WorkerId).Select(w => w.DisplayName).SingleAsync(cancellationToken);
        var ended = session.EndedAt is { } at && at < session.EndsAt ? at : session.EndsAt;
        return new FloorSessionWindow(session.WorkerId, name, session.DeviceId, session.StartedAt, ended);
    }
}
