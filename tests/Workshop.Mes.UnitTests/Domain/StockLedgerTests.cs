using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class StockLedgerTests
{
    private readonly StockKey _fabricInStore = new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
    private readonly Guid _floor = Guid.CreateVersion7();
    private readonly Guid _workOrder = Guid.CreateVersion7();

    [Fact]
    public void Receipts_and_output_come_in_as_positive_quantities()
    {
        var receipt = StockMovement.Receipt(WorkshopId, _fabricInStore, 50, Now);
        var output = StockMovement.Output(WorkshopId, _fabricInStore, 12, Now, _workOrder);

        receipt.Quantity.ShouldBe(50);
        receipt.Kind.ShouldBe(StockMovementKind.Receipt);
        output.Quantity.ShouldBe(12);
        output.Kind.ShouldBe(StockMovementKind.Output);
        output.WorkOrderId.ShouldBe(_workOrder);
        receipt.Key.ShouldBe(_fabricInStore);
        receipt.OccurredAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Issues_backflush_scrap_and_shipments_go_out_as_negative_quantities()
    {
        var shipment = Guid.CreateVersion7();

        var issue = StockMovement.Issue(WorkshopId, _fabricInStore, 5, Now, _workOrder);
        var backflush = StockMovement.Backflush(WorkshopId, _fabricInStore, 3, Now, _workOrder);
        var scrap = StockMovement.Scrap(WorkshopId, _fabricInStore, 2, Now, "Water damage");
        var shipped = StockMovement.Shipped(WorkshopId, _fabricInStore, 7, Now, shipment);

        issue.Quantity.ShouldBe(-5);
        issue.Kind.ShouldBe(StockMovementKind.Issue);
        issue.WorkOrderId.ShouldBe(_workOrder);
        backflush.Quantity.ShouldBe(-3);
        backflush.Kind.ShouldBe(StockMovementKind.Backflush);
        scrap.Quantity.ShouldBe(-2);
        scrap.Kind.ShouldBe(StockMovementKind.Scrap);
        scrap.Reason.ShouldBe("Water damage");
        shipped.Quantity.ShouldBe(-7);
        shipped.Kind.ShouldBe(StockMovementKind.Shipment);
        shipped.ShipmentId.ShouldBe(shipment);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void Movements_of_no_or_negative_quantity_are_refused(decimal quantity)
    {
        Should.Throw<DomainRuleException>(() => StockMovement.Receipt(WorkshopId, _fabricInStore, quantity, Now)).Code.ShouldBe("rule.positive");
        Should.Throw<DomainRuleException>(() => StockMovement.Issue(WorkshopId, _fabricInStore, quantity, Now, null)).Code.ShouldBe("rule.positive");
        Should.Throw<DomainRuleException>(() => StockMovement.Backflush(WorkshopId, _fabricInStore, quantity, Now, _workOrder)).Code.ShouldBe("rule.positive");
        Should.Throw<DomainRuleException>(() => StockMovement.Output(WorkshopId, _fabricInStore, quantity, Now, _workOrder)).Code.ShouldBe("rule.positive");
        Should.Throw<DomainRuleException>(() => StockMovement.Scrap(WorkshopId, _fabricInStore, quantity, Now, "Torn")).Code.ShouldBe("rule.positive");
        Should.Throw<DomainRuleException>(() => StockMovement.Shipped(WorkshopId, _fabricInStore, quantity, Now, Guid.CreateVersion7())).Code.ShouldBe("rule.positive");
    }

    [Fact]
    public void Scrap_needs_a_reason()
    {
        Should.Throw<DomainRuleException>(() => StockMovement.Scrap(WorkshopId, _fabricInStore, 1, Now, " ")).Code.ShouldBe("rule.required");
    }

    [Fact]
    public void Posting_movements_moves_the_on_hand()
    {
        var balance = new StockBalance(WorkshopId, _fabricInStore);

        balance.Post(StockMovement.Receipt(WorkshopId, _fabricInStore, 50, Now), allowNegative: false);
        balance.Post(StockMovement.Issue(WorkshopId, _fabricInStore, 20, Now, _workOrder), allowNegative: false);
        balance.Post(StockMovement.Scrap(WorkshopId, _fabricInStore, 5, Now, "Stained"), allowNegative: false);

        balance.OnHand.ShouldBe(25);
        balance.Key.ShouldBe(_fabricInStore);
    }

    [Fact]
    public void Issuing_exactly_what_is_on_hand_leaves_zero()
    {
        var balance = BalanceOf(10);

        balance.Post(StockMovement.Issue(WorkshopId, _fabricInStore, 10, Now, _workOrder), allowNegative: false);

        balance.OnHand.ShouldBe(0);
    }

    [Fact]
    public void Issuing_more_than_is_on_hand_is_refused()
    {
        var balance = BalanceOf(10);

        var error = Should.Throw<DomainRuleException>(() =>
            balance.Post(StockMovement.Issue(WorkshopId, _fabricInStore, 10.5m, Now, _workOrder), allowNegative: false));

        error.Code.ShouldBe("stock.insufficient");
        balance.OnHand.ShouldBe(10);
    }

    [Fact]
    public void A_workshop_that_allows_negative_stock_can_issue_before_the_receipt_is_booked()
    {
        var balance = BalanceOf(10);

        balance.Post(StockMovement.Issue(WorkshopId, _fabricInStore, 15, Now, _workOrder), allowNegative: true);

        balance.OnHand.ShouldBe(-5);
    }

    [Fact]
    public void A_movement_for_another_item_lot_or_location_is_refused()
    {
        var balance = BalanceOf(10);
        StockKey[] otherKeys =
        [
            _fabricInStore with { ItemId = Guid.CreateVersion7() },
            _fabricInStore with { LotId = Guid.CreateVersion7() },
            _fabricInStore with { LotId = null },
            _fabricInStore with { LocationId = _floor },
        ];

        foreach (var key in otherKeys)
        {
            Should.Throw<DomainRuleException>(() => balance.Post(StockMovement.Receipt(WorkshopId, key, 5, Now), allowNegative: false))
                .Code.ShouldBe("stock.wrong_balance");
        }

        balance.OnHand.ShouldBe(10);
    }

    [Fact]
    public void A_movement_of_another_workshop_is_refused()
    {
        var balance = BalanceOf(10);

        Should.Throw<DomainRuleException>(() => balance.Post(StockMovement.Receipt(Guid.CreateVersion7(), _fabricInStore, 5, Now), allowNegative: false))
            .Code.ShouldBe("stock.wrong_balance");
        balance.OnHand.ShouldBe(10);
    }

    [Theory]
    [InlineData(10, 7, -3)]
    [InlineData(10, 14, 4)]
    [InlineData(10, 0, -10)]
    [InlineData(-2, 5, 7)]
    public void A_count_correction_posts_the_difference_to_the_count(decimal onHand, decimal counted, decimal expectedQuantity)
    {
        var correction = StockMovement.CountCorrection(WorkshopId, _fabricInStore, onHand, counted, Now, "Monthly count");

        correction.Quantity.ShouldBe(expectedQuantity);
        correction.Kind.ShouldBe(StockMovementKind.CountCorrection);
        correction.Reason.ShouldBe("Monthly count");
    }

    [Fact]
    public void After_a_count_correction_the_balance_shows_what_was_counted()
    {
        var balance = BalanceOf(10);

        balance.Post(StockMovement.CountCorrection(WorkshopId, _fabricInStore, balance.OnHand, 8, Now, "Monthly count"), allowNegative: false);

        balance.OnHand.ShouldBe(8);
    }

    [Fact]
    public void A_count_that_matches_the_ledger_is_refused()
    {
        Should.Throw<DomainRuleException>(() => StockMovement.CountCorrection(WorkshopId, _fabricInStore, 10, 10, Now, "Monthly count"))
            .Code.ShouldBe("stock.count_matches");
    }

    [Fact]
    public void A_negative_count_is_refused()
    {
        Should.Throw<DomainRuleException>(() => StockMovement.CountCorrection(WorkshopId, _fabricInStore, 10, -1, Now, "Monthly count"))
            .Code.ShouldBe("rule.not_negative");
    }

    [Fact]
    public void A_count_correction_needs_a_reason()
    {
        Should.Throw<DomainRuleException>(() => StockMovement.CountCorrection(WorkshopId, _fabricInStore, 10, 8, Now, ""))
            .Code.ShouldBe("rule.required");
    }

    [Fact]
    public void A_transfer_is_two_movements_paired_by_one_transfer_id()
    {
        var (outgoing, incoming) = StockMovement.Transfer(WorkshopId, _fabricInStore, _floor, 6, Now);

        outgoing.Kind.ShouldBe(StockMovementKind.TransferOut);
        outgoing.Key.ShouldBe(_fabricInStore);
        outgoing.Quantity.ShouldBe(-6);
        incoming.Kind.ShouldBe(StockMovementKind.TransferIn);
        incoming.Key.ShouldBe(_fabricInStore with { LocationId = _floor });
        incoming.Quantity.ShouldBe(6);
        outgoing.TransferId.ShouldNotBeNull();
        incoming.TransferId.ShouldBe(outgoing.TransferId);
        incoming.Id.ShouldNotBe(outgoing.Id);
    }

    [Fact]
    public void A_transfer_moves_stock_between_the_two_balances()
    {
        var store = BalanceOf(10);
        var floor = new StockBalance(WorkshopId, _fabricInStore with { LocationId = _floor });
        var (outgoing, incoming) = StockMovement.Transfer(WorkshopId, _fabricInStore, _floor, 6, Now);

        store.Post(outgoing, allowNegative: false);
        floor.Post(incoming, allowNegative: false);

        store.OnHand.ShouldBe(4);
        floor.OnHand.ShouldBe(6);
    }

    [Fact]
    public void Two_transfers_get_different_transfer_ids()
    {
        var first = StockMovement.Transfer(WorkshopId, _fabricInStore, _floor, 1, Now);
        var second = StockMovement.Transfer(WorkshopId, _fabricInStore, _floor, 1, Now);

        second.Out.TransferId.ShouldNotBe(first.Out.TransferId);
    }

    [Fact]
    public void A_transfer_to_the_same_location_is_refused()
    {
        Should.Throw<DomainRuleException>(() => StockMovement.Transfer(WorkshopId, _fabricInStore, _fabricInStore.LocationId, 5, Now))
            .Code.ShouldBe("stock.transfer_same_location");
    }

    [Fact]
    public void A_transfer_of_nothing_is_refused()
    {
        Should.Throw<DomainRuleException>(() => StockMovement.Transfer(WorkshopId, _fabricInStore, _floor, 0, Now))
            .Code.ShouldBe("rule.positive");
    }

    [Fact]
    public void Every_balance_is_the_sum_of_its_accepted_movements_and_never_goes_negative()
    {
        var random = new Random(42);
        var items = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        var lots = new Guid?[] { null, Guid.CreateVersion7() };
        var locations = new[] { Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7() };
        var keys = (from item in items from lot in lots from location in locations select new StockKey(item, lot, location)).ToList();
        var balances = keys.ToDictionary(k => k, k => new StockBalance(WorkshopId, k));
        var accepted = new List<StockMovement>();
        var refused = 0;

        for (var i = 0; i < 1_000; i++)
        {
            var key = keys[random.Next(keys.Count)];
            var balance = balances[key];
            var quantity = random.Next(1, 2_001) / 100m;
            var at = Now.AddMinutes(i);
            var kind = random.Next(9);
            var otherLocation = locations.Where(l => l != key.LocationId).ElementAt(random.Next(locations.Length - 1));
            var counted = random.Next(0, 31);

            try
            {
                StockMovement[] movements = kind switch
                {
                    0 or 1 => [StockMovement.Receipt(WorkshopId, key, quantity, at)],
                    2 => [StockMovement.Output(WorkshopId, key, quantity, at, _workOrder)],
                    3 => [StockMovement.Issue(WorkshopId, key, quantity, at, _workOrder)],
                    4 => [StockMovement.Backflush(WorkshopId, key, quantity, at, _workOrder)],
                    5 => [StockMovement.Scrap(WorkshopId, key, quantity, at, "Damaged")],
                    6 => [StockMovement.Shipped(WorkshopId, key, quantity, at, Guid.CreateVersion7())],
                    7 => [StockMovement.CountCorrection(WorkshopId, key, balance.OnHand, counted, at, "Cycle count")],
                    _ => Transfer(key, otherLocation, quantity, at),
                };

                // The outgoing half of a transfer comes first: if the source refuses, the incoming half is never posted.
                foreach (var movement in movements)
                {
                    balances[movement.Key].Post(movement, allowNegative: false);
                    accepted.Add(movement);
                    balances[movement.Key].OnHand.ShouldBeGreaterThanOrEqualTo(0);
                }
            }
            catch (DomainRuleException e) when (e.Code is "stock.insufficient" or "stock.count_matches")
            {
                refused++;
                balance.OnHand.ShouldBeGreaterThanOrEqualTo(0);
            }
        }

        refused.ShouldBeGreaterThan(0);
        accepted.Count.ShouldBeGreaterThan(500);
        accepted.ShouldContain(m => m.Kind == StockMovementKind.TransferIn);
        accepted.ShouldContain(m => m.Kind == StockMovementKind.CountCorrection);
        foreach (var (key, balance) in balances)
        {
            balance.OnHand.ShouldBe(accepted.Where(m => m.Key == key).Sum(m => m.Quantity), $"balance of {key}");
            balance.OnHand.ShouldBeGreaterThanOrEqualTo(0);
        }
    }

    private static StockMovement[] Transfer(StockKey source, Guid toLocation, decimal quantity, DateTimeOffset at)
    {
        var (outgoing, incoming) = StockMovement.Transfer(WorkshopId, source, toLocation, quantity, at);
        return [outgoing, incoming];
    }

    private StockBalance BalanceOf(decimal onHand)
    {
        var balance = new StockBalance(WorkshopId, _fabricInStore);
        balance.Post(StockMovement.Receipt(WorkshopId, _fabricInStore, onHand, Now), allowNegative: false);
        return balance;
    }
}
