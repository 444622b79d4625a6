using Microsoft.Extensions.Logging.Abstractions;
using Workshop.Mes.Web.Features.Changes;

namespace Workshop.Mes.ComponentTests.Changes;

/// <summary>Handing a heard change to subscribers (ADR 0060): only its workshop's, all of them even when one fails.</summary>
public sealed class ChangeFeedDispatchTests
{
    private static readonly Guid _a = Guid.CreateVersion7();
    private static readonly Guid _b = Guid.CreateVersion7();

    [Fact]
    public async Task A_subscriber_hears_its_workshops_changes_only()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var heardA = new List<WorkshopChange>();
        var heardB = new List<WorkshopChange>();
        using var a = feed.Subscribe(_a, c => Add(heardA, c));
        using var b = feed.Subscribe(_b, c => Add(heardB, c));

        await feed.DispatchAsync(new WorkshopChange(_a, ChangeKind.StockPosted));

        heardA.ShouldBe([new WorkshopChange(_a, ChangeKind.StockPosted)]);
        heardB.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_throwing_subscriber_does_not_stop_the_others()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var heard = new List<WorkshopChange>();
        using var failing = feed.Subscribe(_a, _ => throw new InvalidOperationException("a broken screen"));
        using var failingLater = feed.Subscribe(_a, async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("a broken screen, later");
        });
        using var working = feed.Subscribe(_a, c => Add(heard, c));

        await feed.DispatchAsync(new WorkshopChange(_a, ChangeKind.DefectRecorded));

        heard.ShouldBe([new WorkshopChange(_a, ChangeKind.DefectRecorded)]);
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var heard = new List<WorkshopChange>();
        var subscription = feed.Subscribe(_a, c => Add(heard, c));
        await feed.DispatchAsync(new WorkshopChange(_a, ChangeKind.ProductionRecorded));

        subscription.Dispose();
        await feed.DispatchAsync(new WorkshopChange(_a, ChangeKind.StockPosted));

        heard.ShouldBe([new WorkshopChange(_a, ChangeKind.ProductionRecorded)]);
    }

    [Fact]
    public async Task After_a_reconnect_every_subscriber_is_told_to_read_its_state_again_for_its_own_workshop()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var heardA = new List<WorkshopChange>();
        var heardB = new List<WorkshopChange>();
        using var a = feed.Subscribe(_a, c => Add(heardA, c));
        using var b = feed.Subscribe(_b, c => Add(heardB, c));

        await feed.DispatchAsync(new WorkshopChange(Guid.Empty, ChangeKind.Reconnected));

        heardA.ShouldBe([new WorkshopChange(_a, ChangeKind.Reconnected)]);
        heardB.ShouldBe([new WorkshopChange(_b, ChangeKind.Reconnected)]);
    }

    private static Task Add(List<WorkshopChange> heard, WorkshopChange change)
    {
        lock (heard)
        {
            heard.Add(change);
        }

        return Task.CompletedTask;
    }
}
