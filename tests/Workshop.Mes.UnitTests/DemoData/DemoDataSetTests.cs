using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.DemoData;

namespace Workshop.Mes.UnitTests.DemoData;

public sealed class DemoDataSetTests
{
    private static readonly DemoDataSet _data = DemoDataFixture.Default;

    private static DemoWorkshopData Changsin => _data[DemoWorkshops.ChangsinGarment];

    private static DemoWorkshopData Mullae => _data[DemoWorkshops.MullaeMetal];

    [Fact]
    public void Building_twice_with_the_same_clock_gives_the_same_history()
    {
        var again = DemoDataSet.Build(DemoDataFixture.Now);

        foreach (var (first, second) in _data.Workshops.Zip(again.Workshops))
        {
            Fingerprint(second).ShouldBe(Fingerprint(first));
            second.WorkOrders.Select(w => (w.Number, w.Quantity, w.Status, w.DueDate))
                .ShouldBe(first.WorkOrders.Select(w => (w.Number, w.Quantity, w.Status, w.DueDate)));
            second.ProductionEvents.Select(e => (e.Kind, e.GoodQuantity, e.ScrapQuantity, e.CapturedAt))
                .ShouldBe(first.ProductionEvents.Select(e => (e.Kind, e.GoodQuantity, e.ScrapQuantity, e.CapturedAt)));
            second.StockMovements.Select(m => (m.Kind, m.Quantity, m.OccurredAt))
                .ShouldBe(first.StockMovements.Select(m => (m.Kind, m.Quantity, m.OccurredAt)));
        }
    }

    [Fact]
    public void Both_workshops_are_built_with_the_master_data_of_their_trade()
    {
        Changsin.Tenant.Name.ShouldBe("창신동 봉제공방");
        Changsin.Workers.Count.ShouldBe(8);
        Changsin.Workstations.Count.ShouldBe(6);
        Changsin.Items.Count(i => i.Kind == ItemKind.Product).ShouldBe(12);
        Changsin.Items.Count(i => i.Kind == ItemKind.Material).ShouldBe(40);
        Changsin.DefectCodes.Select(c => c.Category).Distinct().Count().ShouldBe(6);
        Changsin.DefectCodes.Count.ShouldBe(10);

        Mullae.Tenant.Name.ShouldBe("문래동 정밀가공");
        Mullae.Workers.Count.ShouldBe(4);
        Mullae.Workstations.Count.ShouldBe(3);
        Mullae.Items.Count(i => i.Kind == ItemKind.Product).ShouldBe(4);
        Mullae.Items.Count(i => i.Kind == ItemKind.Material).ShouldBe(8);

        foreach (var workshop in _data.Workshops)
        {
            foreach (var product in workshop.Items.Where(i => i.Kind == ItemKind.Product))
            {
                workshop.BomLines.Count(b => b.ProductId == product.Id).ShouldBeInRange(3, 6);
                workshop.RoutingSteps.Count(r => r.ProductId == product.Id).ShouldBeInRange(2, 6);
            }

            // Every material is used by some product, so every one has a buying history.
            workshop.Items.Where(i => i.Kind == ItemKind.Material)
                .ShouldAllBe(m => workshop.BomLines.Any(b => b.ComponentId == m.Id));
        }
    }

    [Fact]
    public void Every_stock_balance_equals_the_sum_of_its_movements_and_never_went_below_zero()
    {
        foreach (var workshop in _data.Workshops)
        {
            var ledger = workshop.StockMovements.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.ToList());
            workshop.StockBalances.Select(b => b.Key).ShouldBe(ledger.Keys, ignoreOrder: true);
            foreach (var balance in workshop.StockBalances)
            {
                balance.OnHand.ShouldBe(ledger[balance.Key].Sum(m => m.Quantity));
                balance.OnHand.ShouldBeGreaterThanOrEqualTo(0);

                var running = 0m;
                foreach (var movement in ledger[balance.Key].OrderBy(m => m.OccurredAt))
                {
                    running += movement.Quantity;
                    running.ShouldBeGreaterThanOrEqualTo(0, $"{movement.Kind} at {movement.OccurredAt:O}");
                }
            }
        }
    }

    [Fact]
    public void Step_and_order_states_are_the_projection_of_their_events()
    {
        foreach (var workshop in _data.Workshops)
        {
            var eventsByStep = workshop.ProductionEvents.ToLookup(e => e.WorkOrderStepId);
            foreach (var order in workshop.WorkOrders)
            {
                foreach (var step in order.Steps)
                {
                    step.GoodQuantity.ShouldBe(eventsByStep[step.Id].Where(e => e.Kind != ProductionEventKind.Start).Sum(e => e.GoodQuantity));
                    step.ScrapQuantity.ShouldBe(eventsByStep[step.Id].Sum(e => e.ScrapQuantity));
                }

                if (order.Status == WorkOrderStatus.Completed)
                {
                    order.Steps.ShouldAllBe(s => s.State == StepState.Finished);
                    order.GoodQuantity.ShouldBeGreaterThan(0);
                }

                if (order.Status is WorkOrderStatus.Draft or WorkOrderStatus.Cancelled)
                {
                    eventsByStep[order.Steps.FirstOrDefault()?.Id ?? Guid.Empty].ShouldBeEmpty();
                }
            }
        }
    }

    [Fact]
    public void Nothing_in_the_history_happens_after_now()
    {
        var now = DemoDataFixture.Now;
        foreach (var workshop in _data.Workshops)
        {
            workshop.ProductionEvents.ShouldAllBe(e => e.CapturedAt <= now && e.ReceivedAt <= now && e.ReceivedAt >= e.CapturedAt);
            workshop.StockMovements.ShouldAllBe(m => m.OccurredAt <= now);
            workshop.WorkOrders.ShouldAllBe(w => w.CreatedAt <= now && (w.CompletedAt == null || w.CompletedAt <= now));
            workshop.Shipments.ShouldAllBe(s => s.ShippedAt <= now);
            workshop.DefectRecords.ShouldAllBe(d => d.RecordedAt <= now && (d.ClosedAt == null || d.ClosedAt <= now));
            workshop.CustomerOrders.ShouldAllBe(o => o.OrderedOn <= DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(9)).DateTime));
        }
    }

    [Fact]
    public void Production_is_reported_only_in_working_hours()
    {
        foreach (var workshop in _data.Workshops)
        {
            foreach (var e in workshop.ProductionEvents)
            {
                var local = e.CapturedAt.ToOffset(TimeSpan.FromHours(9));
                local.DayOfWeek.ShouldNotBe(DayOfWeek.Sunday);
                var time = local.TimeOfDay;
                time.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromHours(9));
                time.ShouldBeLessThanOrEqualTo(local.DayOfWeek == DayOfWeek.Saturday ? TimeSpan.FromHours(13) : TimeSpan.FromHours(18));
                if (e.Kind != ProductionEventKind.Pause && e.Kind != ProductionEventKind.Resume && local.DayOfWeek != DayOfWeek.Saturday)
                {
                    (time > TimeSpan.FromHours(12) && time < TimeSpan.FromHours(13)).ShouldBeFalse($"{e.Kind} at {local:O} is in the lunch break");
                }
            }
        }
    }

    [Fact]
    public void The_work_orders_of_the_garment_workshop_cover_the_whole_life_cycle()
    {
        var byStatus = Changsin.WorkOrders.GroupBy(w => w.Status).ToDictionary(g => g.Key, g => g.Count());

        byStatus[WorkOrderStatus.Completed].ShouldBeGreaterThan(80);
        byStatus[WorkOrderStatus.InProgress].ShouldBeGreaterThanOrEqualTo(2);
        byStatus[WorkOrderStatus.Released].ShouldBeGreaterThanOrEqualTo(2);
        byStatus[WorkOrderStatus.OnHold].ShouldBe(2);
        byStatus[WorkOrderStatus.Draft].ShouldBeGreaterThanOrEqualTo(2);
        byStatus[WorkOrderStatus.Cancelled].ShouldBe(1);
        Changsin.WorkOrders.Count(w => w.CustomerOrderLineId is null).ShouldBeGreaterThanOrEqualTo(3);
        Changsin.CustomerOrders.Count(o => o.Status == CustomerOrderStatus.Cancelled).ShouldBe(1);
        Changsin.CustomerOrders.Count(o => o.Status == CustomerOrderStatus.Shipped).ShouldBeGreaterThan(40);
        Changsin.ProductionEvents.Count.ShouldBeInRange(7_000, 16_000);
        _data.Workshops.Sum(w => w.ProductionEvents.Count).ShouldBeInRange(8_000, 20_000);
    }

    [Fact]
    public void Most_order_lines_ship_on_time_and_some_are_late()
    {
        var seoul = TimeZoneInfo.CreateCustomTimeZone("KST", TimeSpan.FromHours(9), "KST", "KST");
        var lines = Changsin.CustomerOrders.SelectMany(o => o.Lines).Where(l => l.IsFullyShipped).ToDictionary(l => l.Id);
        var lastShipped = Changsin.Shipments
            .SelectMany(s => s.Lines.Select(l => (l.CustomerOrderLineId, s.ShippedAt)))
            .Where(x => lines.ContainsKey(x.CustomerOrderLineId))
            .GroupBy(x => x.CustomerOrderLineId)
            .Select(g => Shipment.IsOnTime(g.Max(x => x.ShippedAt), lines[g.Key].DueDate, seoul))
            .ToList();

        var onTimeShare = lastShipped.Count(onTime => onTime) / (double)lastShipped.Count;
        onTimeShare.ShouldBeInRange(0.7, 0.97);
        Changsin.Shipments.SelectMany(s => s.Lines).ShouldAllBe(l => l.LotId != null);
    }

    [Fact]
    public void Document_numbers_are_unique_and_their_sequences_stand_at_the_highest_number_used()
    {
        foreach (var workshop in _data.Workshops)
        {
            string[] numbers =
            [
                .. workshop.CustomerOrders.Select(o => o.Number), .. workshop.WorkOrders.Select(w => w.Number),
                .. workshop.Shipments.Select(s => s.Number), .. workshop.DefectRecords.Select(d => d.Number),
            ];
            numbers.ShouldBeUnique();
            foreach (var sequence in workshop.NumberSequences)
            {
                var highest = DocumentNumber.Format(sequence.Prefix, sequence.Period, sequence.LastValue);
                numbers.ShouldContain(highest);
                numbers.ShouldNotContain(DocumentNumber.Format(sequence.Prefix, sequence.Period, sequence.LastValue + 1));
            }
        }

        Changsin.DefectRecords.ShouldAllBe(d => d.Number.StartsWith("DF-") && d.Number.Length == "DF-2605-0001".Length);
    }

    [Fact]
    public void Defects_are_priced_and_the_older_ones_analysed()
    {
        foreach (var workshop in _data.Workshops)
        {
            workshop.DefectRecords.ShouldAllBe(d => d.Cost.Material > 0 && d.Cost.LostTime > 0 && d.ProductionEventId != null);
        }

        Changsin.DefectRecords.Count(d => d.Status == DefectStatus.Closed).ShouldBeGreaterThan(20);
        Changsin.DefectRecords.Count(d => d.Status == DefectStatus.Analysed).ShouldBeGreaterThan(10);
        Changsin.DefectRecords.Count(d => d.Status == DefectStatus.Open).ShouldBeGreaterThan(50);
        Changsin.Downtimes.ShouldAllBe(d => d.EndedAt == null || d.EndedAt > d.StartedAt);
        Changsin.Downtimes.Select(d => d.WorkstationId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
    }

    private static string Fingerprint(DemoWorkshopData w) => string.Join(
        ' ',
        w.Workers.Count, w.Items.Count, w.Lots.Count, w.CustomerOrders.Count, w.WorkOrders.Count, w.ProductionEvents.Count,
        w.DefectRecords.Count, w.Downtimes.Count, w.StockMovements.Count, w.StockBalances.Count, w.Shipments.Count, w.NumberSequences.Count);
}
