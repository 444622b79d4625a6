using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>Defect records, their later analysis, and the stock care around them (quarantine, counts).</summary>
internal sealed partial class ProductionHistory
{
    /// <summary>Defects are looked at once they are at least this old.</summary>
    private const int AnalysisAfterDays = 10;

    /// <summary>Every scrapped piece is priced: the product's material and the minutes already spent on it at the worker's rate.</summary>
    private void RecordDefect(PlannedOp op, ProductionEvent output)
    {
        var planned = op.WorkOrder;
        var entity = planned.Entity!;
        var step = entity.Steps[op.StepIndex];
        var code = op.DefectCode!;
        var cost = DefectCost.Calculate(Disposition.Scrap, op.Scrap, planned.Product.UnitMaterialCost, 0, op.Scrap * step.RunMinutesPerUnit, op.Worker.HourlyCost);
        var mainLot = planned.KitReceipts.Count > 0 ? planned.KitReceipts[0].Lot : null;
        var source = new DefectSource(planned.Product.Item.Id, entity.Id, step.Id, op.Station.Workstation.Id, op.Worker.Id, mainLot?.Id, output.Id);
        var record = new DefectRecord(WorkshopId, _numbers.Next(DocumentNumber.Defect, op.End), source, code.Id, code.Category, op.Scrap, Disposition.Scrap, cost, Utc(op.End));
        if (WorkerNote(op, code) is { } note)
        {
            record.AddNote(note);
        }

        _defects.Add((record, op));
    }

    /// <summary>What the worker typed on the tablet, now and then.</summary>
    private string? WorkerNote(PlannedOp op, DefectCode code)
    {
        if (op.WorkOrder.OnSuspectLot && code.Category == CauseCategory.Material)
        {
            return _random.Chance(0.3) ? "원단에 얼룩이 군데군데 있음 — 재단할 때는 잘 안 보였음" : null;
        }

        if (_model.Scenario.PlantPatterns && op.Station.Workstation.Code == DemoPatterns.DefectProneWorkstationCode && op.End.Hour >= DemoPatterns.LateAfternoonFromHour)
        {
            return _random.Chance(0.2) ? "오후 되면 윗실 장력이 자꾸 풀림" : null;
        }

        return _random.Chance(0.05) ? "재작업 불가, 폐기" : null;
    }

    /// <summary>
    /// Older defects have been looked at: the stained lot was found, but the machine's afternoon problem was
    /// put down to the operators, which is what the analytics should later overturn.
    /// </summary>
    private void AnalyseDefects()
    {
        var analysedBefore = Utc(Now.AddDays(-AnalysisAfterDays));
        foreach (var (record, op) in _defects)
        {
            if (record.RecordedAt >= analysedBefore)
            {
                continue;
            }

            var (analysis, chance) = AnalysisOf(op);
            if (!_random.Chance(chance))
            {
                continue;
            }

            record.Analyse(analysis.RootCause, analysis.Category);
            var closedAt = DemoCalendar.AddWorkingMinutes(op.End, _random.Between(2, 12) * 480);
            if (closedAt <= Now && _random.Chance(0.7))
            {
                record.Close(analysis.CorrectiveAction, Utc(closedAt));
            }
        }
    }

    private (DefectAnalysis Analysis, double Chance) AnalysisOf(PlannedOp op)
    {
        var code = op.DefectCode!;
        if (op.WorkOrder.OnSuspectLot && code.Category == CauseCategory.Material && op.WorkOrder.KitReceipts[0].Lot is { } lot)
        {
            return (new DefectAnalysis(
                $"{DemoPatterns.SuspectLotSupplier} 면 원단 로트 {lot.LotNumber} 염색 얼룩·조직 불량 — 같은 로트에서 반복 발생",
                CauseCategory.Material,
                "로트 잔량 격리, 거래처 반품·대체 요청, 입고 시 원단 검단 강화"), 0.9);
        }

        if (_model.Scenario.PlantPatterns && op.Station.Workstation.Code == DemoPatterns.DefectProneWorkstationCode)
        {
            return (new DefectAnalysis("작업자 숙련도 부족으로 판단", CauseCategory.Man, "본봉 작업자 재교육"), 0.5);
        }

        return (_model.Analyses[code.Code], 0.45);
    }

    private void AddStockCare()
    {
        QuarantineSuspectLot();

        // A cycle count two days ago: one count came up short, one found a forgotten box.
        var countAt = DemoCalendar.At(DemoCalendar.AddWorkingDays(_plan.Today, -2), 17, 30);
        var counted = _model.Materials
            .Where(m => m.Item is { LotTracked: false, Unit: "ea" } && m.Item.Code != DemoPatterns.ShortMaterialCode
                && _plan.Receipts[m].Where(r => r.Quantity > 0).Select(r => r.At).DefaultIfEmpty(DateTime.MaxValue).Max() < countAt)
            .Take(2)
            .ToList();
        for (var i = 0; i < counted.Count; i++)
        {
            var material = counted[i];
            var found = i == 1;
            At(countAt, () =>
            {
                var key = new StockKey(material.Item.Id, null, _model.Locations.Store.Id);
                var onHand = _stock.OnHand(key);
                var difference = Math.Max(1, Math.Floor(onHand * (found ? 0.01m : 0.02m)));
                if (onHand > difference)
                {
                    var count = found ? onHand + difference : onHand - difference;
                    _stock.Post(StockMovement.CountCorrection(WorkshopId, key, onHand, count, Utc(countAt), found ? "재고 실사 — 선반 뒤 미등록 박스 발견" : "재고 실사 — 수량 부족"));
                }
            });
        }
    }

    /// <summary>Once the next lot arrived, what was left of the stained lot went to quarantine and part of it was thrown away.</summary>
    private void QuarantineSuspectLot()
    {
        if (_plan.SuspectReceipt is not { } suspect)
        {
            return;
        }

        var next = _plan.Receipts[suspect.Material].SkipWhile(r => r != suspect).Skip(1).FirstOrDefault();
        if (next is null)
        {
            return;
        }

        var item = suspect.Material.Item;
        var quarantineAt = DemoCalendar.At(DemoCalendar.AddWorkingDays(DateOnly.FromDateTime(next.At), 1), 10, 30);
        At(quarantineAt, () =>
        {
            var key = new StockKey(item.Id, suspect.Lot?.Id, _model.Locations.Store.Id);
            var onHand = _stock.OnHand(key);
            if (suspect.Lot is not null && onHand > 0)
            {
                _stock.Transfer(key, _model.Locations.Quarantine.Id, onHand, Utc(quarantineAt));
            }
        });

        var scrapAt = DemoCalendar.At(DemoCalendar.AddWorkingDays(DateOnly.FromDateTime(quarantineAt), 3), 16);
        At(scrapAt, () =>
        {
            var key = new StockKey(item.Id, suspect.Lot?.Id, _model.Locations.Quarantine.Id);
            var onHand = _stock.OnHand(key);
            if (suspect.Lot is not null && onHand > 0)
            {
                _stock.Post(StockMovement.Scrap(WorkshopId, key, Math.Min(10, onHand), Utc(scrapAt), "얼룩 심한 원단 폐기 (반품 불가분)"));
            }
        });
    }
}
