using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class CatalogTests
{
    private static readonly Dictionary<string, Func<Guid, object>> _tenantEntities = new()
    {
        ["BomLine"] = w => new BomLine(w, Guid.CreateVersion7(), Guid.CreateVersion7(), 1),
        ["DefectCode"] = w => new DefectCode(w, "ST", "Stitch skipped", CauseCategory.Machine, "#d32f2f", "content_cut"),
        ["DowntimeReason"] = w => new DowntimeReason(w, "LUNCH", "Lunch", planned: true),
        ["Item"] = w => new Item(w, "FAB-01", "Cotton twill", ItemKind.Material, "yd", 4_500),
        ["Location"] = w => new Location(w, "S1", "Shelf 1", LocationKind.Store),
        ["RoutingStep"] = w => new RoutingStep(w, Guid.CreateVersion7(), 10, "Cutting", Guid.CreateVersion7(), 10, 2, false),
        ["Workstation"] = w => new Workstation(w, "SEW-1", "Sewing machine 1", 8),
        ["Worker"] = w => new Worker(w, "Kim Minji", "B-0042", 12_000),
        ["WorkOrder"] = w => new WorkOrder(w, "WO-2611-0001", Guid.CreateVersion7(), 10, Today, WorkOrderPriority.Normal, null, Now),
        ["CustomerOrder"] = w => new CustomerOrder(w, "SO-2611-0001", "Hanbit Uniforms", Today),
        ["Shipment"] = w => new Shipment(w, "SH-2611-0001", Guid.CreateVersion7(), Now),
        ["DefectRecord"] = w => new DefectRecord(w, "DF-2611-0001", new DefectSource(Guid.CreateVersion7()), DefectCodeId, CauseCategory.Man, 1, Disposition.Scrap, DefectCost.Zero, Now),
        ["Downtime"] = w => new Downtime(w, Guid.CreateVersion7(), DowntimeReasonId, Now, null),
        ["Lot"] = w => new Lot(w, Guid.CreateVersion7(), "L-2611-01", "Dongdaemun Textiles", Now, null),
        ["StockBalance"] = w => new StockBalance(w, new StockKey(Guid.CreateVersion7(), null, Guid.CreateVersion7())),
        ["StockMovement"] = w => StockMovement.Receipt(w, new StockKey(Guid.CreateVersion7(), null, Guid.CreateVersion7()), 1, Now),
        ["NumberSequence"] = w => new NumberSequence(w, DocumentNumber.WorkOrder, Today),
        ["AuditEntry"] = w => new AuditEntry(w, AuditActor.System, "Item", Guid.CreateVersion7(), AuditAction.Created, null, "{}", Now),
    };

    public static TheoryData<string> TenantEntityNames() => new(_tenantEntities.Keys);

    [Theory]
    [MemberData(nameof(TenantEntityNames))]
    public void Every_tenant_entity_refuses_an_empty_workshop(string entity)
    {
        Should.Throw<DomainRuleException>(() => _tenantEntities[entity](Guid.Empty)).Code.ShouldBe("rule.workshop_required");
    }

    [Theory]
    [MemberData(nameof(TenantEntityNames))]
    public void Every_tenant_entity_belongs_to_its_workshop_and_gets_a_version_7_id(string entity)
    {
        var created = (TenantEntity)_tenantEntities[entity](WorkshopId);

        created.WorkshopId.ShouldBe(WorkshopId);
        created.Id.Version.ShouldBe(7);
    }

    [Fact]
    public void A_bom_line_keeps_how_much_of_a_component_one_unit_uses()
    {
        var product = Guid.CreateVersion7();
        var fabric = Guid.CreateVersion7();

        var line = new BomLine(WorkshopId, product, fabric, 1.75m);
        line.ChangeQuantity(2);

        line.ProductId.ShouldBe(product);
        line.ComponentId.ShouldBe(fabric);
        line.QuantityPer.ShouldBe(2);
    }

    [Fact]
    public void A_product_cannot_be_its_own_component()
    {
        var product = Guid.CreateVersion7();

        Should.Throw<DomainRuleException>(() => new BomLine(WorkshopId, product, product, 1)).Code.ShouldBe("bom.self_reference");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    public void A_bom_quantity_must_be_positive(decimal quantity)
    {
        var line = new BomLine(WorkshopId, Guid.CreateVersion7(), Guid.CreateVersion7(), 1);

        Should.Throw<DomainRuleException>(() => new BomLine(WorkshopId, Guid.CreateVersion7(), Guid.CreateVersion7(), quantity)).Code.ShouldBe("rule.positive");
        Should.Throw<DomainRuleException>(() => line.ChangeQuantity(quantity)).Code.ShouldBe("rule.positive");
        line.QuantityPer.ShouldBe(1);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(8)]
    [InlineData(24)]
    public void Workstation_hours_within_a_day_are_accepted(decimal hours)
    {
        var station = new Workstation(WorkshopId, "SEW-1", "Sewing machine 1", 8);

        station.ChangeHours(hours);

        station.HoursPerDay.ShouldBe(hours);
        station.State.ShouldBe(WorkstationState.Available);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(24.01)]
    [InlineData(25)]
    public void Workstation_hours_outside_a_day_are_refused(decimal hours)
    {
        var station = new Workstation(WorkshopId, "SEW-1", "Sewing machine 1", 8);

        Should.Throw<DomainRuleException>(() => new Workstation(WorkshopId, "SEW-2", "Sewing machine 2", hours)).Code.ShouldBe("workstation.hours_out_of_range");
        Should.Throw<DomainRuleException>(() => station.ChangeHours(hours)).Code.ShouldBe("workstation.hours_out_of_range");
        station.HoursPerDay.ShouldBe(8);
    }

    [Fact]
    public void A_workstation_goes_down_and_comes_back()
    {
        var station = new Workstation(WorkshopId, "SEW-1", "Sewing machine 1", 8);

        station.MarkDown();
        station.State.ShouldBe(WorkstationState.Down);

        station.MarkAvailable();
        station.State.ShouldBe(WorkstationState.Available);
    }

    [Fact]
    public void A_retired_workstation_cannot_change_state()
    {
        var station = new Workstation(WorkshopId, "SEW-1", "Sewing machine 1", 8);
        station.Retire();

        Should.Throw<DomainRuleException>(station.MarkDown).Code.ShouldBe("workstation.retired");
        Should.Throw<DomainRuleException>(station.MarkAvailable).Code.ShouldBe("workstation.retired");
        station.State.ShouldBe(WorkstationState.Retired);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_routing_sequence_starts_at_one(int sequence)
    {
        var step = RoutingStep(Guid.CreateVersion7(), 10);

        Should.Throw<DomainRuleException>(() => RoutingStep(Guid.CreateVersion7(), sequence)).Code.ShouldBe("routing.sequence_positive");
        Should.Throw<DomainRuleException>(() => step.Resequence(sequence)).Code.ShouldBe("routing.sequence_positive");
        step.Sequence.ShouldBe(10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Run_minutes_per_unit_must_be_positive(decimal runMinutes)
    {
        var step = RoutingStep(Guid.CreateVersion7(), 10, setupMinutes: 5, runMinutesPerUnit: 2);

        Should.Throw<DomainRuleException>(() => RoutingStep(Guid.CreateVersion7(), 10, runMinutesPerUnit: runMinutes)).Code.ShouldBe("rule.positive");
        Should.Throw<DomainRuleException>(() => step.ChangeTimes(5, runMinutes)).Code.ShouldBe("rule.positive");
        step.RunMinutesPerUnit.ShouldBe(2);
    }

    [Fact]
    public void Setup_minutes_may_be_zero_but_not_negative()
    {
        var step = RoutingStep(Guid.CreateVersion7(), 10, setupMinutes: 0);

        step.SetupMinutes.ShouldBe(0);
        Should.Throw<DomainRuleException>(() => step.ChangeTimes(-1, 2)).Code.ShouldBe("rule.not_negative");
    }

    [Theory]
    [InlineData(0, 15)]
    [InlineData(1, 17.5)]
    [InlineData(10, 40)]
    [InlineData(0.5, 16.25)]
    public void A_routing_step_needs_its_setup_once_then_run_time_per_unit(decimal quantity, decimal expectedMinutes)
    {
        var step = RoutingStep(Guid.CreateVersion7(), 10, setupMinutes: 15, runMinutesPerUnit: 2.5m);

        step.MinutesFor(quantity).ShouldBe(expectedMinutes);
    }

    [Fact]
    public void An_item_keeps_its_planning_numbers()
    {
        var item = NewItem();

        item.SetPlanning(reorderPoint: 100, safetyStock: 40, leadTimeDays: 7);

        item.ReorderPoint.ShouldBe(100);
        item.SafetyStock.ShouldBe(40);
        item.LeadTimeDays.ShouldBe(7);
    }

    [Fact]
    public void Safety_stock_equal_to_the_reorder_point_is_allowed()
    {
        var item = NewItem();

        item.SetPlanning(reorderPoint: 50, safetyStock: 50, leadTimeDays: 3);

        item.SafetyStock.ShouldBe(50);
    }

    [Fact]
    public void Safety_stock_above_the_reorder_point_is_refused()
    {
        var item = NewItem();
        item.SetPlanning(reorderPoint: 100, safetyStock: 40, leadTimeDays: 7);

        Should.Throw<DomainRuleException>(() => item.SetPlanning(reorderPoint: 30, safetyStock: 40, leadTimeDays: 7))
            .Code.ShouldBe("item.safety_stock_above_reorder_point");
        item.ReorderPoint.ShouldBe(100);
        item.SafetyStock.ShouldBe(40);
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(0, 0, -1)]
    public void Negative_planning_numbers_are_refused(decimal reorderPoint, decimal safetyStock, int leadTimeDays)
    {
        var item = NewItem();

        Should.Throw<DomainRuleException>(() => item.SetPlanning(reorderPoint, safetyStock, leadTimeDays)).Code.ShouldBe("rule.not_negative");
    }

    [Fact]
    public void An_item_cost_cannot_be_negative()
    {
        var item = NewItem();

        Should.Throw<DomainRuleException>(() => item.ChangeStandardCost(-1)).Code.ShouldBe("rule.not_negative");
        Should.Throw<DomainRuleException>(() => new Item(WorkshopId, "FAB-02", "Linen", ItemKind.Material, "yd", -100)).Code.ShouldBe("rule.not_negative");
        item.StandardCost.ShouldBe(4_500);
    }

    [Fact]
    public void An_item_name_and_unit_are_trimmed_and_required()
    {
        var item = new Item(WorkshopId, " FAB-01 ", " Cotton twill ", ItemKind.Material, " yd ", 4_500);

        item.Code.ShouldBe("FAB-01");
        item.Name.ShouldBe("Cotton twill");
        item.Unit.ShouldBe("yd");
        Should.Throw<DomainRuleException>(() => item.Rename("  ")).Code.ShouldBe("rule.required");
        item.Name.ShouldBe("Cotton twill");
    }

    [Fact]
    public void A_worker_cost_cannot_be_negative()
    {
        var worker = new Worker(WorkshopId, "Kim Minji", "B-0042", 12_000);

        Should.Throw<DomainRuleException>(() => worker.ChangeHourlyCost(-1)).Code.ShouldBe("rule.not_negative");
        worker.HourlyCost.ShouldBe(12_000);
    }

    [Fact]
    public void A_tenant_slug_is_trimmed_and_lower_cased()
    {
        var tenant = new Tenant("Changsin Garment", "  Changsin-Garment-02 ", Industry.Garment, 6, Now);

        tenant.Slug.ShouldBe("changsin-garment-02");
        tenant.Name.ShouldBe("Changsin Garment");
        tenant.TimeZone.ShouldBe("Asia/Seoul");
        tenant.Culture.ShouldBe("ko-KR");
        tenant.AllowNegativeStock.ShouldBeFalse();
        tenant.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("changsin garment")]
    [InlineData("changsin_garment")]
    [InlineData("창신-봉제")]
    [InlineData("changsin.garment")]
    public void A_tenant_slug_with_other_characters_is_refused(string slug)
    {
        Should.Throw<DomainRuleException>(() => new Tenant("Changsin Garment", slug, Industry.Garment, 6, Now)).Code.ShouldBe("workshop.slug_invalid");
    }

    [Fact]
    public void A_tenant_needs_a_slug_and_people()
    {
        Should.Throw<DomainRuleException>(() => new Tenant("Changsin Garment", " ", Industry.Garment, 6, Now)).Code.ShouldBe("rule.required");
        Should.Throw<DomainRuleException>(() => new Tenant("Changsin Garment", "changsin", Industry.Garment, 0, Now)).Code.ShouldBe("rule.positive");
    }

    [Fact]
    public void A_tenant_can_allow_negative_stock_in_its_settings()
    {
        var tenant = new Tenant("Changsin Garment", "changsin", Industry.Garment, 6, Now);

        tenant.ChangeSettings("Asia/Seoul", "en-US", allowNegativeStock: true);

        tenant.Culture.ShouldBe("en-US");
        tenant.AllowNegativeStock.ShouldBeTrue();
    }

    private static Item NewItem() => new(WorkshopId, "FAB-01", "Cotton twill", ItemKind.Material, "yd", 4_500);
}
