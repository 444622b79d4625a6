using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Changes;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>
/// A tablet redeems the pairing code the owner's screen showed and becomes an enrolled device. On the
/// allow-list for <c>IgnoreQueryFilters</c>: the tablet knows no workshop yet, so the pairing is found through
/// the code-hash scope (row-level security shows exactly the pairing with that hash) and everything after
/// that runs inside the pairing's own workshop.
/// </summary>
internal sealed class PairingRedemption(MesContexts contexts, TimeProvider clock)
{
    /// <summary>The device credential, or null when no pairing has this code. Used or expired codes break a rule (409).</summary>
    public async Task<(RedeemedPairing Pairing, DateTimeOffset At)?> RedeemAsync(string normalisedCode, string? ipAddress, CancellationToken cancellationToken)
    {
        var codeHash = DevicePairing.HashCode(normalisedCode);
        Guid pairingId;
        Guid workshopId;
        string deviceName;
        await using (var lookup = contexts.Create(DataScope.ForPairingCode(codeHash)))
        {
            var found = await lookup.DevicePairings.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.CodeHash == codeHash)
                .Select(p => new { p.Id, p.WorkshopId, p.DeviceName })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            (pairingId, workshopId, deviceName) = (found.Id, found.WorkshopId, found.DeviceName);
        }

        var now = clock.GetUtcNow();
        await using var db = contexts.ForWorkshop(workshopId, new AuditActor(ActorKind.Device, null, deviceName, null, ipAddress));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pairing = await db.DevicePairings.SingleAsync(p => p.Id == pairingId, cancellationToken);
        var device = pairing.Redeem(now);

        // Claim the code in the database too, so two tablets typing it at the same moment cannot both enrol.
        var claimed = await db.DevicePairings
            .Where(p => p.Id == pairingId && p.RedeemedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.RedeemedAt, now), cancellationToken);
        if (claimed == 0)
        {
            throw new DomainRuleException("pairing.used", "This pairing code has already been used.");
        }

        var token = device.IssueCredential();
        db.FloorDevices.Add(device);
        await db.SaveChangesAsync(cancellationToken);
        await ChangePublisher.PublishAsync(db, new WorkshopChange(workshopId, ChangeKind.TabletPaired, pairingId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var workshopName = await WorkshopReads.Workshops(db).Where(w => w.Id == workshopId).Select(w => w.Name).SingleAsync(cancellationToken);
        return (new RedeemedPairing(token.Value, device.Id, workshopName), now);
    }
}
