using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.UnitTests.WorkOrders;

public sealed class LotPickingTests
{
    private static readonly DateTimeOffset _day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid _early = Guid.NewGuid();
    private static readonly Guid _late = Guid.NewGuid();
    private static readonly Guid _noExpiry = Guid.NewGuid();

    [Fact]
    public void The_first_expiring_lot_is_taken_first_then_the_next()
    {
        var (takes, shortfall) = LotPicking.Pick(
            [new AvailableLot(_late, 10, new DateOnly(2027, 6, 1), _day), new AvailableLot(_early, 4, new DateOnly(2027, 1, 1), _day.AddDays(5))],
            6);

        takes.ShouldBe([new LotTake(_early, 4), new LotTake(_late, 2)]);
        shortfall.ShouldBe(0);
    }

    [Fact]
    public void Without_expiry_the_first_received_goes_first_and_lots_without_expiry_come_last()
    {
        var (takes, _) = LotPicking.Pick(
            [new AvailableLot(_noExpiry, 5, null, _day.AddDays(-30)), new AvailableLot(_late, 5, null, _day), new AvailableLot(_early, 5, new DateOnly(2027, 1, 1), _day)],
            12);

        takes.Select(t => t.LotId).ShouldBe([_early, _noExpiry, _late]);
    }

    [Fact]
    public void What_the_lots_cannot_cover_is_the_shortfall()
    {
        var (takes, shortfall) = LotPicking.Pick([new AvailableLot(_early, 3, null, _day)], 5);

        takes.ShouldBe([new LotTake(_early, 3)]);
        shortfall.ShouldBe(2);
    }

    [Fact]
    public void A_scanned_lot_is_taken_whole_whatever_expires_first()
    {
        var (takes, shortfall) = LotPicking.Pick([new AvailableLot(_early, 10, new DateOnly(2026, 12, 1), _day)], 4, scannedLotId: _late);

        takes.ShouldBe([new LotTake(_late, 4)]);
        shortfall.ShouldBe(0);
    }
}
