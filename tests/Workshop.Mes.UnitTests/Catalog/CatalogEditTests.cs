using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.UnitTests.Catalog;

public sealed class CatalogEditTests
{
    private static readonly Guid _workshop = Guid.CreateVersion7();

    [Theory]
    [InlineData("#1E88E5", true)]
    [InlineData("#e53935", true)]
    [InlineData("1E88E5", false)]
    [InlineData("#1E88E", false)]
    [InlineData("#GGGGGG", false)]
    [InlineData("", false)]
    public void A_defect_colour_is_hash_and_six_hex_digits(string color, bool valid) =>
        DefectLook.IsColor(color).ShouldBe(valid);

    [Fact]
    public void A_defect_code_refuses_a_colour_or_icon_outside_the_rules()
    {
        var code = new DefectCode(_workshop, "D01", "봉제 불량", CauseCategory.Method, "#E53935", "content_cut");

        Should.Throw<DomainRuleException>(() => code.Restyle("red", "content_cut")).Code.ShouldBe("defect_code.color");
        Should.Throw<DomainRuleException>(() => code.Restyle("#E53935", "rocket")).Code.ShouldBe("defect_code.icon");
        code.Color.ShouldBe("#E53935");
    }

    [Fact]
    public void A_deactivated_defect_code_can_be_used_again()
    {
        var code = new DefectCode(_workshop, "D01", "봉제 불량", CauseCategory.Method, "#E53935", "content_cut");

        code.Deactivate();
        code.Activate();

        code.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void A_workstation_goes_down_and_back_but_never_returns_from_retired()
    {
        var station = new Workstation(_workshop, "CUT", "재단대", 8);

        station.ChangeState(WorkstationState.Down);
        station.State.ShouldBe(WorkstationState.Down);
        station.ChangeState(WorkstationState.Available);
        station.ChangeState(WorkstationState.Retired);

        Should.Throw<DomainRuleException>(() => station.ChangeState(WorkstationState.Available)).Code.ShouldBe("workstation.retired");
    }

    [Fact]
    public void Editing_an_item_keeps_its_id_and_trims_what_people_typed()
    {
        var item = new Item(_workshop, "FB-01", "면 원단", ItemKind.Material, "yd", 4_500);
        var id = item.Id;

        item.Describe(" FB-02 ", ItemKind.Component, " m ");

        (item.Id, item.Code, item.Kind, item.Unit).ShouldBe((id, "FB-02", ItemKind.Component, "m"));
    }
}

public sealed class BomRulesTests
{
    private static readonly Guid _jacket = Guid.CreateVersion7();
    private static readonly Guid _lining = Guid.CreateVersion7();
    private static readonly Guid _thread = Guid.CreateVersion7();

    [Fact]
    public void A_component_whose_bom_uses_the_product_deep_down_is_a_cycle()
    {
        (Guid, Guid)[] lines = [(_jacket, _lining), (_lining, _thread)];

        Should.Throw<DomainRuleException>(() => BomRules.CheckNewLine(_thread, _jacket, lines)).Code.ShouldBe("bom.cycle");
    }

    [Fact]
    public void The_same_component_twice_is_refused_and_a_new_one_is_fine()
    {
        (Guid, Guid)[] lines = [(_jacket, _lining)];

        Should.Throw<DomainRuleException>(() => BomRules.CheckNewLine(_jacket, _lining, lines)).Code.ShouldBe("bom.duplicate_component");
        Should.Throw<DomainRuleException>(() => BomRules.CheckNewLine(_jacket, _jacket, lines)).Code.ShouldBe("bom.self_reference");
        Should.NotThrow(() => BomRules.CheckNewLine(_jacket, _thread, lines));
    }
}
