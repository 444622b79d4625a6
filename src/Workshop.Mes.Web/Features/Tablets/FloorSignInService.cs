using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Tablets;

internal enum PinSignInStatus
{
    SignedIn,
    WrongPin,
    Locked,
    NoPin,
    UnknownWorker,
}

/// <summary>How a PIN sign-in went: the session on success, the tries left after a wrong PIN, the minutes of a lockout.</summary>
internal sealed record PinSignInResult(PinSignInStatus Status, WorkerSessionStarted? Session = null, int RemainingAttempts = 0, int LockedMinutes = 0);

/// <summary>
/// Workers on a paired tablet: the name tiles, PIN sign-in (lockout after repeated wrong PINs) into a session
/// that ends with the shift, and sign-out. Everything runs inside the tablet's workshop, as the tablet.
/// </summary>
internal sealed class FloorSignInService(MesContexts contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<FloorWorkerTile>> WorkersAsync(FloorTablet tablet, CancellationToken cancellationToken)
    {
        await using var db = contexts.ForWorkshop(tablet.WorkshopId, tablet.Actor(null));
        return await WorkshopReads.Workers(db)
            .Where(w => w.IsActive)
            .OrderBy(w => w.DisplayName)
            .Select(w => new FloorWorkerTile(w.Id, w.DisplayName, w.BadgeCode))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The active worker with this id or badge in the tablet's workshop; unknown, deactivated and other workshops' workers alike are null.</summary>
    public async Task<FloorWorkerTile?> FindAsync(FloorTablet tablet, Guid? workerId, string? badgeCode, CancellationToken cancellationToken)
    {
        await using var db = contexts.ForWorkshop(tablet.WorkshopId, tablet.Actor(null));
        var worker = await Find(db, workerId, badgeCode).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return worker is null ? null : new FloorWorkerTile(worker.Id, worker.DisplayName, worker.BadgeCode);
    }

    /// <summary>Checks the PIN; call with input that passed <see cref="FloorValidation.SignIn"/>.</summary>
    public async Task<PinSignInResult> SignInAsync(FloorTablet tablet, WorkerSignInRequest request, string? ipAddress, CancellationToken cancellationToken)
    {
        await using var db = contexts.ForWorkshop(tablet.WorkshopId, tablet.Actor(ipAddress));
        var found = await Find(db, request.WorkerId, request.BadgeCode).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new PinSignInResult(PinSignInStatus.UnknownWorker);
        }

        var now = clock.GetUtcNow();
        if (found.IsPinLockedAt(now))
        {
            return Locked(found, now);
        }

        if (found.PinHash is null)
        {
            return new PinSignInResult(PinSignInStatus.NoPin);
        }

        // Hashing is slow on purpose, so it runs before the lock: other tablets do not queue behind it.
        var pinMatches = PinHasher.Verify(found, request.Pin!.Trim());

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var worker = await LockAsync(db, found.Id, cancellationToken);
        if (worker is null)
        {
            return new PinSignInResult(PinSignInStatus.UnknownWorker);
        }

        // Wrong PINs typed on other tablets meanwhile may have locked the worker: then this PIN counts for nothing.
        if (worker.IsPinLockedAt(now))
        {
            return Locked(worker, now);
        }

        if (!pinMatches)
        {
            worker.PinFailed(now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return worker.IsPinLockedAt(now)
                ? Locked(worker, now)
                : new PinSignInResult(PinSignInStatus.WrongPin, RemainingAttempts: PinPolicy.AttemptsBeforeLockout - worker.FailedPinAttempts);
        }

        worker.PinAccepted();
        var workshop = await WorkshopReads.Workshops(db).Where(w => w.Id == tablet.WorkshopId).Select(w => new { w.ShiftEnd, w.TimeZone }).SingleAsync(cancellationToken);
        var endsAt = ShiftRules.SessionEnd(now, workshop.ShiftEnd, TimeZoneInfo.FindSystemTimeZoneById(workshop.TimeZone));
        var session = new WorkerSession(tablet.WorkshopId, worker.Id, tablet.DeviceId, now, endsAt);
        var token = session.IssueToken();
        db.WorkerSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PinSignInResult(PinSignInStatus.SignedIn, new WorkerSessionStarted(token.Value, session.EndsAt, worker.Id, worker.DisplayName));
    }

    /// <summary>Ends the session if it is this tablet's; ending an ended session is fine.</summary>
    public async Task SignOutAsync(FloorTablet tablet, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = contexts.ForWorkshop(tablet.WorkshopId, tablet.Actor(null));
        var session = await db.WorkerSessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.DeviceId == tablet.DeviceId, cancellationToken);
        if (session is { EndedAt: null })
        {
            session.End(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static IQueryable<Worker> Find(MesDbContext db, Guid? workerId, string? badgeCode)
    {
        var active = WorkshopReads.Workers(db).Where(w => w.IsActive);
        if (workerId is { } id)
        {
            return active.Where(w => w.Id == id);
        }

        var badge = badgeCode?.Trim() ?? string.Empty;
        return active.Where(w => w.BadgeCode == badge);
    }

    /// <summary>
    /// The active worker, locked until the transaction ends, so PINs checked at once on several tablets are counted
    /// one after another (an optimistic save would lose all but one and answer 412). On the raw-SQL allow-list;
    /// the workshop's query filter and row-level security still apply.
    /// </summary>
    private static Task<Worker?> LockAsync(MesDbContext db, Guid workerId, CancellationToken cancellationToken) =>
        db.Workers.FromSql($"SELECT w.*, w.xmin FROM tenancy.workers w WHERE w.id = {workerId} FOR UPDATE")
            .Where(w => w.IsActive)
            .SingleOrDefaultAsync(cancellationToken);

    private static PinSignInResult Locked(Worker worker, DateTimeOffset now) =>
        new(PinSignInStatus.Locked, LockedMinutes: (int)Math.Ceiling((worker.PinLockedUntil!.Value - now).TotalMinutes));
}
