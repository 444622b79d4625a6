using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>A pairing code just made; <paramref name="Id"/> is what <see cref="Changes.ChangeKind.TabletPaired"/> names when a tablet uses it.</summary>
internal sealed record IssuedPairing(Guid Id, TabletPairingCode Code);

/// <summary>The owner's side of the floor tablets: list them, make a pairing code, revoke one.</summary>
internal sealed class TabletService(MesContexts contexts, TimeProvider clock)
{
    public const string PairPath = "/floor/pair";

    public async Task<IReadOnlyList<TabletSummary>> ListAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Tablets, Operation.Read);
        await using var db = member.OpenData(contexts);
        return await db.FloorDevices.AsNoTracking()
            .OrderBy(d => d.RevokedAt != null).ThenByDescending(d => d.PairedAt)
            .Select(d => new TabletSummary(d.Id, d.Name, d.PairedAt, d.LastSeenAt, d.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A one-time code for a new tablet and the link its QR encodes (<paramref name="baseUri"/> is this site's address).</summary>
    public async Task<IssuedPairing> PairAsync(WorkshopMember member, PairTabletRequest request, Uri baseUri, CancellationToken cancellationToken)
    {
        member.Demand(Area.Tablets, Operation.Create);
        var pairing = new DevicePairing(member.Workshop.Id, request.DeviceName!.Trim(), member.Actor.Name, clock.GetUtcNow());
        var code = pairing.IssueCode();
        await using var db = member.OpenData(contexts);
        db.DevicePairings.Add(pairing);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedPairing(pairing.Id, new TabletPairingCode(code, PairingUrl(baseUri, code), pairing.ExpiresAt));
    }

    /// <summary>Refuses the tablet from its next request on and ends every worker session on it; false when there is no such tablet here.</summary>
    public async Task<bool> RevokeAsync(WorkshopMember member, Guid deviceId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Tablets, Operation.Delete);
        await using var db = member.OpenData(contexts);
        var device = await db.FloorDevices.SingleOrDefaultAsync(d => d.Id == deviceId, cancellationToken);
        if (device is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        device.Revoke(now);
        var sessions = await db.WorkerSessions.Where(s => s.DeviceId == deviceId && s.EndedAt == null && s.EndsAt > now).ToListAsync(cancellationToken);
        sessions.ForEach(s => s.End(now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string PairingUrl(Uri baseUri, string code) =>
        new Uri(baseUri, $"{PairPath}?code={Uri.EscapeDataString(code)}").ToString();
}
