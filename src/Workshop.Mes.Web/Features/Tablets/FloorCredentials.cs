using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>Why a floor request is not (fully) signed in.</summary>
internal enum FloorRefusal
{
    None,

    /// <summary>No device credential at all: the tablet was never paired.</summary>
    NoDevice,

    /// <summary>A credential the workshop no longer accepts: revoked, unknown or malformed.</summary>
    DeviceRemoved,

    /// <summary>The device is fine but the worker's session ended (signed out, shift over, worker deactivated).</summary>
    SessionEnded,
}

/// <summary>An enrolled tablet, as a request presents it.</summary>
[ModuleSurface]
internal sealed record FloorTablet(Guid WorkshopId, Guid DeviceId, string DeviceName)
{
    public AuditActor Actor(string? ipAddress) => new(ActorKind.Device, DeviceId, DeviceName, DeviceId, ipAddress);

    /// <summary>Minimal-API binding on tablet endpoints: the tablet the Floor scheme let in (the policy guarantees one).</summary>
    public static ValueTask<FloorTablet?> BindAsync(HttpContext http) =>
        ValueTask.FromResult(http.Items[typeof(FloorCheck)] is FloorCheck { Tablet: { } tablet } ? tablet : null);
}

/// <summary>The worker signed in on the tablet.</summary>
[ModuleSurface]
internal sealed record FloorWorker(Guid WorkerId, string DisplayName, Guid SessionId, DateTimeOffset EndsAt);

/// <summary>What the floor credentials of one request amount to.</summary>
internal sealed record FloorCheck(FloorRefusal Refusal, FloorTablet? Tablet = null, FloorWorker? Worker = null)
{
    public const string SessionClaim = "mes:worker_session";

    /// <summary>The worker (role Worker, so the member endpoints bind) or, with no worker, the bare device (no role).</summary>
    public ClaimsPrincipal? Principal(string scheme)
    {
        if (Tablet is not { } tablet)
        {
            return null;
        }

        if (Worker is not { } worker)
        {
            return MesClaims.ForCredential(scheme, ActorKind.Device, tablet.DeviceId, tablet.DeviceName, tablet.WorkshopId, null, tablet.DeviceId);
        }

        var principal = MesClaims.ForCredential(scheme, ActorKind.Worker, worker.WorkerId, worker.DisplayName, tablet.WorkshopId, WorkshopRole.Worker, tablet.DeviceId);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionClaim, worker.SessionId.ToString()));
        return principal;
    }
}

/// <summary>
/// Checks a tablet's device credential and, when given, its worker session. Both tokens name their workshop, so
/// every lookup runs inside that workshop. Used by the Floor authentication scheme and by the floor pages.
/// </summary>
internal sealed class FloorCredentials(MesContexts contexts, TimeProvider clock)
{
    public async Task<FloorCheck> CheckAsync(string? deviceToken, string? sessionToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(deviceToken))
        {
            return new FloorCheck(FloorRefusal.NoDevice);
        }

        if (CredentialToken.TryParse(deviceToken, CredentialToken.DevicePrefix) is not { } token)
        {
            return new FloorCheck(FloorRefusal.DeviceRemoved);
        }

        await using var db = contexts.ForWorkshop(token.WorkshopId, AuditActor.System);
        var device = await db.FloorDevices.AsNoTracking().SingleOrDefaultAsync(d => d.Id == token.Id, cancellationToken);
        if (device is null || !device.Accepts(token))
        {
            return new FloorCheck(FloorRefusal.DeviceRemoved);
        }

        var now = clock.GetUtcNow();
        if (device.Seen(now))
        {
            // Written directly: last-seen is bookkeeping, not a change anyone audits.
            await db.FloorDevices.Where(d => d.Id == device.Id).ExecuteUpdateAsync(set => set.SetProperty(d => d.LastSeenAt, now), cancellationToken);
        }

        var tablet = new FloorTablet(device.WorkshopId, device.Id, device.Name);
        if (string.IsNullOrWhiteSpace(sessionToken))
        {
            return new FloorCheck(FloorRefusal.None, tablet);
        }

        if (CredentialToken.TryParse(sessionToken, CredentialToken.WorkerSessionPrefix) is not { } sessionCredential || sessionCredential.WorkshopId != device.WorkshopId)
        {
            return new FloorCheck(FloorRefusal.SessionEnded, tablet);
        }

        var session = await db.WorkerSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionCredential.Id, cancellationToken);
        if (session is null || !session.Accepts(sessionCredential, device.Id, now))
        {
            return new FloorCheck(FloorRefusal.SessionEnded, tablet);
        }

        // A worker deactivated mid-shift is out at once, like a revoked tablet.
        var name = await WorkshopReads.Workers(db).Where(w => w.Id == session.WorkerId && w.IsActive).Select(w => w.DisplayName).SingleOrDefaultAsync(cancellationToken);
        return name is null
            ? new FloorCheck(FloorRefusal.SessionEnded, tablet)
            : new FloorCheck(FloorRefusal.None, tablet, new FloorWorker(session.WorkerId, name, session.Id, session.EndsAt));
    }
}
