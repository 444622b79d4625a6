using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Contract = Workshop.Mes.Contracts.Inventory.StockMovementKind;

namespace Workshop.Mes.UnitTests.Inventory;

public sealed class StockAdjustmentTests
{
    private static readonly Guid _workshop = Guid.CreateVersion7();
    private readonly StockKey _key = new(Guid.CreateVersion7(), null, Guid.CreateVersion7());

    [Fact]
    public void An_adjustment_keeps_its_sign_and_reason()
    {
        var lost = StockMovement.Adjustment(_workshop, _key, -4, DateTimeOffset.UtcNow, " 파손 ");
        var found = StockMovement.Adjustment(_workshop, _key, 2.5m, DateTimeOffset.UtcNow, "발견");

        lost.Kind.ShouldBe(StockMovementKind.Adjustment);
        lost.Quantity.ShouldBe(-4);
        lost.Reason.ShouldBe("파손");
        found.Quantity.ShouldBe(2.5m);
    }

    [Fact]
    public void An_adjustment_needs_a_reason_and_a_change()
    {
        Should.Throw<DomainRuleException>(() => StockMovement.Adjustment(_workshop, _key, 1, DateTimeOffset.UtcNow, " ")).Code.ShouldBe("rule.required");
        Should.Throw<DomainRuleException>(() => StockMovement.Adjustment(_workshop, _key, 0, DateTimeOffset.UtcNow, "x")).Code.ShouldBe("stock.adjustment_zero");
    }

    [Fact]
    public void An_adjustment_that_would_go_below_zero_is_refused_with_what_is_on_hand()
    {
        var balance = new StockBalance(_workshop, _key);
        balance.Post(StockMovement.Receipt(_workshop, _key, 3, DateTimeOffset.UtcNow), allowNegative: false);

        var refused = Should.Throw<DomainRuleException>(() => balance.Post(StockMovement.Adjustment(_workshop, _key, -5, DateTimeOffset.UtcNow, "분실"), allowNegative: false));

        refused.Code.ShouldBe("stock.insufficient");
        refused.Arguments[0].ShouldBe(3m);
        balance.OnHand.ShouldBe(3);
    }

    [Fact]
    public void An_issue_keeps_its_note()
    {
        StockMovement.Issue(_workshop, _key, 2, DateTimeOffset.UtcNow, null, " 샘플 ").Reason.ShouldBe("샘플");
        StockMovement.Issue(_workshop, _key, 2, DateTimeOffset.UtcNow, null).Reason.ShouldBeNull();
    }

    [Fact]
    public void The_api_names_every_movement_kind_as_the_domain_does()
    {
        Enum.GetNames<Contract>().ShouldBe(Enum.GetNames<StockMovementKind>());
        Enum.GetValues<StockMovementKind>().ShouldAllBe(k => ((Contract)(int)k).ToString() == k.ToString());
    }
}
