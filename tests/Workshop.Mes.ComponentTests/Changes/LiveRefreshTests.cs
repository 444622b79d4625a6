using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Workshop.Mes.Web.Features.Changes;
using Workshop.Mes.Web.Features.Dashboard;

namespace Workshop.Mes.ComponentTests.Changes;

/// <summary>An open dashboard reads its figures again when its workshop changes, folding a burst into one more read.</summary>
public sealed class LiveRefreshTests
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(10);
    private static readonly Guid _mine = Guid.CreateVersion7();
    private static readonly Guid _other = Guid.CreateVersion7();

    [Fact]
    public async Task A_change_in_its_workshop_reads_the_figures_again_and_another_workshops_does_not()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var reads = 0;
        var read = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var live = new LiveRefresh(feed, _mine, () =>
        {
            Interlocked.Increment(ref reads);
            read.TrySetResult();
            return Task.CompletedTask;
        }, NullLogger.Instance);

        await feed.DispatchAsync(new WorkshopChange(_other, ChangeKind.ProductionRecorded));
        reads.ShouldBe(0);

        await feed.DispatchAsync(new WorkshopChange(_mine, ChangeKind.DefectRecorded));
        await read.Task.WaitAsync(_patience);
        reads.ShouldBe(1);
    }

    [Fact]
    public async Task Changes_during_a_read_fold_into_exactly_one_more_read_and_the_feed_does_not_wait_for_it()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reads = 0;
        using var live = new LiveRefresh(feed, _mine, async () =>
        {
            var n = Interlocked.Increment(ref reads);
            if (n == 1)
            {
                firstStarted.TrySetResult();
                await releaseFirst.Task;
            }
            else
            {
                secondDone.TrySetResult();
            }
        }, NullLogger.Instance);

        await feed.DispatchAsync(new WorkshopChange(_mine, ChangeKind.ProductionRecorded));
        await firstStarted.Task.WaitAsync(_patience);

        // Five more changes while the first read is still running: dispatch returns at once each time.
        for (var i = 0; i < 5; i++)
        {
            await feed.DispatchAsync(new WorkshopChange(_mine, ChangeKind.ProductionRecorded)).WaitAsync(_patience);
        }

        releaseFirst.SetResult();
        await secondDone.Task.WaitAsync(_patience);

        // The second read saw all five; nothing asks for a third.
        await WaitUntilIdleAsync(live);
        reads.ShouldBe(2);
    }

    [Fact]
    public async Task A_failed_read_does_not_stop_the_next_change_from_reading_again()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var reads = 0;
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var live = new LiveRefresh(feed, _mine, () =>
        {
            if (Interlocked.Increment(ref reads) == 1)
            {
                first.TrySetResult();
                throw new InvalidOperationException("the database is restarting");
            }

            second.TrySetResult();
            return Task.CompletedTask;
        }, NullLogger.Instance);

        live.Request();
        await first.Task.WaitAsync(_patience);
        await WaitUntilIdleAsync(live);
        live.Request();
        await second.Task.WaitAsync(_patience);
        reads.ShouldBe(2);
    }

    [Fact]
    public async Task A_read_runs_in_the_language_of_the_screen_that_subscribed()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        LiveRefresh live;
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko-KR");
            live = new LiveRefresh(feed, _mine, () => { seen.TrySetResult(CultureInfo.CurrentUICulture.Name); return Task.CompletedTask; }, NullLogger.Instance);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }

        using (live)
        {
            // The change comes from the listener's thread, in the server's language.
            await Task.Run(() => feed.DispatchAsync(new WorkshopChange(_mine, ChangeKind.ProductionRecorded)));
            (await seen.Task.WaitAsync(_patience)).ShouldBe("ko-KR");
        }
    }

    [Fact]
    public async Task A_closed_screen_reads_nothing_more()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var reads = 0;
        var live = new LiveRefresh(feed, _mine, () => { Interlocked.Increment(ref reads); return Task.CompletedTask; }, NullLogger.Instance);

        live.Dispose();
        await feed.DispatchAsync(new WorkshopChange(_mine, ChangeKind.StockPosted));
        live.Request();

        reads.ShouldBe(0);
    }

    private static async Task WaitUntilIdleAsync(LiveRefresh live)
    {
        var deadline = DateTime.UtcNow + _patience;
        while (live.IsReading && DateTime.UtcNow < deadline)
        {
            await Task.Yield();
        }

        live.IsReading.ShouldBeFalse();
    }
}
