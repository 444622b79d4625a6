using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.IntegrationTests.Inventory;

/// <summary>
/// Random sequences of receipts, issues, transfers, adjustments and counts through the services, refusals
/// included: afterwards every balance equals the sum of its ledger lines and none is below zero.
/// </summary>
public sealed class StockLedgerPropertyTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(1234)]
    [InlineData(20261122)]
    public async Task On_hand_equals_the_ledger_sum_after_random_movements(int seed)
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var items = new[] { shop.Fabric, shop.Buttons, new Item(shop.Id, "TH-01", "봉사 흰색", ItemKind.Material, "cone", 2_000) };
        items[2].TrackLots(true);
        await shop.Shop.SaveAsync(database, items[2]);
        var locations = new[] { shop.Store.Id, shop.Floor.Id, shop.Finished.Id };
        var member = new WorkshopMember(
            new WorkshopRef(shop.Id, shop.Shop.Tenant.Slug, shop.Shop.Tenant.Name, "Asia/Seoul"), WorkshopRole.Owner, new AuditActor(ActorKind.System, null, "property test"));
        var postings = _app.Services.GetRequiredService<StockPostingService>();
        var random = new Random(seed);
        var lots = new Dictionary<Guid, List<(Guid? Id, string? Number)>>();
        var (accepted, refused) = (0, 0);

        // Two lots per lot-tracked item; buttons have none.
        foreach (var item in items)
        {
            lots[item.Id] = [];
            foreach (var number in item.LotTracked ? new string?[] { "A", "B" } : [null])
            {
                var lotNumber = number is null ? null : $"{item.Code}-{number}";
                var first = await postings.ReceiveAsync(member, new ReceiptRequest(item.Id, 10, locations[0], lotNumber), default);
                lots[item.Id].Add((first.Value!.LotId, lotNumber));
            }
        }

        for (var step = 0; step < 200; step++)
        {
            var item = items[random.Next(items.Length)];
            var (lot, lotNumber) = lots[item.Id][random.Next(lots[item.Id].Count)];
            var location = locations[random.Next(locations.Length)];
            var quantity = random.Next(1, 25);
            try
            {
                var errors = random.Next(5) switch
                {
                    0 => (await postings.ReceiveAsync(member, new ReceiptRequest(item.Id, quantity, location, lotNumber), default)).Errors,
                    1 => (await postings.IssueAsync(member, new IssueRequest(item.Id, lot, location, quantity), default)).Errors,
                    2 => (await postings.TransferAsync(member, new TransferRequest(item.Id, lot, location, locations[random.Next(locations.Length)], quantity), default)).Errors,
                    3 => (await postings.AdjustAsync(member, new AdjustmentRequest(item.Id, lot, location, Quantity: random.Next(2) == 0 ? -quantity : quantity, Reason: "무작위 조정"), default)).Errors,
                    _ => (await postings.CountAsync(member, new CountRequest(location, "무작위 실사", [new CountedLine(item.Id, lot, random.Next(0, 30))]), default)).Errors,
                };
                (accepted, refused) = errors.Count == 0 ? (accepted + 1, refused) : (accepted, refused + 1);
            }
            catch (DomainRuleException e) when (e.Code == "stock.insufficient")
            {
                refused++;
            }
        }

        accepted.ShouldBeGreaterThan(50);
        await using var db = database.CreateContext();
        var balances = await db.StockBalances.ToListAsync();
        var movements = await db.StockMovements.ToListAsync();
        balances.ShouldAllBe(b => b.OnHand >= 0);
        var ledger = movements.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.Sum(m => m.Quantity));
        balances.Select(b => b.Key).ToHashSet().SetEquals(ledger.Keys).ShouldBeTrue();
        foreach (var balance in balances)
        {
            balance.OnHand.ShouldBe(ledger[balance.Key], $"{balance.Key} after seed {seed}");
        }

        // The same sum once more, computed by the database for every item × lot × location.
        var summed = await db.StockMovements.GroupBy(m => new { m.ItemId, m.LotId, m.LocationId })
            .Select(g => new { g.Key.ItemId, g.Key.LotId, g.Key.LocationId, Sum = g.Sum(m => m.Quantity) }).ToListAsync();
        summed.Count.ShouldBe(balances.Count);
        summed.ShouldAllBe(s => balances.Single(b => b.ItemId == s.ItemId && b.LotId == s.LotId && b.LocationId == s.LocationId).OnHand == s.Sum);
    }
}
