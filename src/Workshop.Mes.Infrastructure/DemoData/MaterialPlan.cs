namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// Plans the material deliveries. Their dates are fixed before the floor is scheduled (so a kit knows which
/// lot it gets); their sizes after, from what the kits drew, plus the remnant a real buyer leaves on the
/// shelf. Every kit is covered by the delivery it draws from, so stock never goes below zero.
/// </summary>
internal static class MaterialPlan
{
    public static void ScheduleDeliveries(ProductionPlan plan, DemoRandom random)
    {
        var scenario = plan.Model.Scenario;
        var suspectTarget = plan.NowLocal.AddDays(-7 * DemoPatterns.SuspectLotWeeksAgo);
        foreach (var material in plan.Model.Materials)
        {
            var isShort = scenario.PlantPatterns && material.Item.Code == DemoPatterns.ShortMaterialCode;
            var canBeSuspect = scenario.PlantPatterns && material.Item.Code == DemoPatterns.SuspectLotMaterialCode;
            var last = isShort ? plan.NowLocal.AddDays(-7 * DemoPatterns.ShortMaterialLastReceiptWeeksAgo) : plan.NowLocal.AddHours(-1);

            var receipts = new List<PlannedReceipt>();
            var at = DeliveryTime(DemoCalendar.AddWorkingDays(plan.HistoryStart, -2), random);
            while (at <= last)
            {
                var receipt = new PlannedReceipt(material, at);
                receipts.Add(receipt);
                var days = material.ReceiptEveryDays + random.Between(-3, 3);
                if (canBeSuspect && plan.SuspectReceipt is null && Math.Abs((at - suspectTarget).TotalDays) <= material.ReceiptEveryDays / 2.0)
                {
                    // The big discounted lot: it lasted twice as long as usual before the next delivery.
                    receipt.IsSuspect = true;
                    plan.SuspectReceipt = receipt;
                    days = DemoPatterns.SuspectLotLastsDays;
                }

                at = DeliveryTime(DateOnly.FromDateTime(at).AddDays(days), random);
            }

            plan.Receipts.Add(material, receipts);
        }
    }

    /// <summary>Sizes every delivery and sets each material's reorder point and safety stock from its use.</summary>
    public static void SizeDeliveries(ProductionPlan plan, DemoRandom random)
    {
        var now = plan.NowLocal;
        var openDemand = plan.Model.Materials.ToDictionary(m => m, _ => 0m);
        foreach (var workOrder in plan.WorkOrders)
        {
            var kitted = workOrder.KitAt is { } kitAt && kitAt <= now;
            var open = !kitted && workOrder.ReleasedAt is not null && workOrder.Fate is not WorkOrderFate.Cancelled;
            for (var i = 0; i < workOrder.Product.Bom.Count; i++)
            {
                var quantity = workOrder.Product.Bom[i].QuantityPer * workOrder.Quantity;
                if (kitted)
                {
                    workOrder.KitReceipts[i].Demand += quantity;
                }
                else if (open)
                {
                    openDemand[workOrder.Product.BomMaterials[i]] += quantity;
                }
            }
        }

        var workingDays = Enumerable.Range(0, plan.Today.DayNumber - plan.HistoryStart.DayNumber).Count(d => DemoCalendar.IsWorkingDay(plan.HistoryStart.AddDays(d)));
        foreach (var material in plan.Model.Materials)
        {
            var receipts = plan.Receipts[material];
            var dailyUse = receipts.Sum(r => r.Demand) / Math.Max(1, workingDays);
            WorkshopModelBuilder.SetPlanningFromUse(material.Item, dailyUse, material.PackSize);

            var isShort = plan.Model.Scenario.PlantPatterns && material.Item.Code == DemoPatterns.ShortMaterialCode;
            var target = isShort
                ? Math.Floor(material.Item.SafetyStock * DemoPatterns.ShortMaterialOnHandShareOfSafetyStock)
                : openDemand[material] + Math.Ceiling(material.Item.ReorderPoint * (decimal)random.Between(1.2, 1.8));
            if (material.Item.LotTracked)
            {
                SizeLots(receipts, target, random);
            }
            else
            {
                SizePooled(receipts, target, material.PackSize, isShort);
            }
        }
    }

    /// <summary>Each lot covers exactly the kits cut from it plus a remnant; the last lot also brings the shelf up to target.</summary>
    private static void SizeLots(List<PlannedReceipt> receipts, decimal target, DemoRandom random)
    {
        var remnants = 0m;
        for (var i = 0; i < receipts.Count; i++)
        {
            var receipt = receipts[i];
            var remnant = receipt.IsSuspect
                ? random.Between(30, 40)
                : Math.Ceiling(receipt.Demand * (decimal)random.Between(0.03, 0.08)) + 1;
            if (i == receipts.Count - 1)
            {
                receipt.Quantity = Math.Ceiling(receipt.Demand + Math.Max(remnant, target - remnants));
            }
            else if (receipt.Demand > 0)
            {
                receipt.Quantity = Math.Ceiling(receipt.Demand + remnant);
                remnants += receipt.Quantity - receipt.Demand;
            }
        }
    }

    /// <summary>Deliveries of an untracked material fill one pool: each covers its period with a margin, in whole packs.</summary>
    private static void SizePooled(List<PlannedReceipt> receipts, decimal target, decimal packSize, bool isShort)
    {
        var carry = 0m;
        for (var i = 0; i < receipts.Count; i++)
        {
            var receipt = receipts[i];
            var needed = i == receipts.Count - 1
                ? receipt.Demand + target - carry
                : receipt.Demand == 0 ? 0 : (receipt.Demand * 1.15m) - carry;

            // The short material's last delivery was all the supplier had left, not a round number of packs.
            var pack = isShort && i == receipts.Count - 1 ? 10 : packSize;
            receipt.Quantity = needed > 0 ? Math.Ceiling(needed / pack) * pack : 0;
            carry += receipt.Quantity - receipt.Demand;
        }
    }

    private static DateTime DeliveryTime(DateOnly day, DemoRandom random)
    {
        var workingDay = DemoCalendar.IsWorkingDay(day) ? day : day.AddDays(1);
        var latestHour = workingDay.DayOfWeek == DayOfWeek.Saturday ? 11 : 15;
        return DemoCalendar.At(workingDay, 10).AddMinutes(random.Between(0, ((latestHour - 10) * 60) - 1));
    }
}
