using System.Net.Http.Json;
using System.Net;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.IntegrationTests.ShopFloor;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Changes;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.IntegrationTests.Changes;

/// <summary>
/// What happened reaches open screens through PostgreSQL LISTEN/NOTIFY (ADR 0060): only their own workshop's changes,
/// only committed ones, on every instance sharing the database, and again after the listener's connection is killed.
/// A negative is proved by order: notifications arrive in commit order, so a change that should not be heard would
/// arrive before a later one that is.
/// </summary>
public sealed class ChangeFeedTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(10);

    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_tablet_event_reaches_its_workshops_subscriber_and_never_another_workshops()
    {
        var a = await FloorCapture.CreateAsync(_app, database, "shop-a");
        var b = await FloorCapture.CreateAsync(_app, database, "shop-b");
        var feed = await ListeningFeedAsync(_app.Services);
        using var heardA = Heard.On(feed, a.Stock.Id);
        using var heardB = Heard.On(feed, b.Stock.Id);

        (await a.SendAsync(a.Event(FloorEventKind.Start, 0, 5))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var firstA = await heardA.NextAsync();
        (await b.SendAsync(b.Event(FloorEventKind.Start, 0, 5))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var firstB = await heardB.NextAsync();

        firstA.ShouldBe(new WorkshopChange(a.Stock.Id, ChangeKind.ProductionRecorded, a.Order.Id));
        (await heardA.NextAsync()).ShouldBe(new WorkshopChange(a.Stock.Id, ChangeKind.OrderStatusChanged, a.Order.Id));
        firstB.ShouldBe(new WorkshopChange(b.Stock.Id, ChangeKind.ProductionRecorded, b.Order.Id));
        (await heardB.NextAsync()).ShouldBe(new WorkshopChange(b.Stock.Id, ChangeKind.OrderStatusChanged, b.Order.Id));
        heardB.All.ShouldAllBe(c => c.WorkshopId == b.Stock.Id);
    }

    [Fact]
    public async Task Scrap_at_the_last_step_is_heard_as_production_a_defect_and_stock_posted()
    {
        var a = await FloorCapture.CreateAsync(_app, database, "shop-a");
        var feed = await ListeningFeedAsync(_app.Services);
        using var heard = Heard.On(feed, a.Stock.Id);

        var results = await a.BatchAsync([
            a.Event(FloorEventKind.Start, 0, 5),
            a.Event(FloorEventKind.Start, 1, 10),
            a.Event(FloorEventKind.Report, 1, 20, good: 3, scrap: 1),
        ]);
        results.ShouldAllBe(r => r.Outcome == FloorEventOutcome.Stored);

        var kinds = new HashSet<ChangeKind>();
        while (!kinds.Contains(ChangeKind.StockPosted) || !kinds.Contains(ChangeKind.DefectRecorded))
        {
            kinds.Add((await heard.NextAsync()).Kind);
        }

        heard.All.ShouldContain(new WorkshopChange(a.Stock.Id, ChangeKind.DefectRecorded, a.Order.Id));
        heard.All.Count(c => c.Kind == ChangeKind.ProductionRecorded).ShouldBeGreaterThanOrEqualTo(3);
        heard.All.ShouldAllBe(c => c.WorkshopId == a.Stock.Id);
    }

    [Fact]
    public async Task Holding_an_order_in_the_office_is_heard_as_its_status_change()
    {
        var a = await FloorCapture.CreateAsync(_app, database, "shop-a");
        var feed = await ListeningFeedAsync(_app.Services);
        using var heard = Heard.On(feed, a.Stock.Id);
        uint version;
        await using (var db = database.CreateContext())
        {
            version = (await db.WorkOrders.IgnoreQueryFilters().SingleAsync(o => o.Id == a.Order.Id)).Version;
        }

        var held = await _app.Service<WorkOrderService>().HoldAsync(FloorApp.Owner(a.Shop), a.Order.Id, version, "원단 대기", CancellationToken.None);

        held!.Value.ShouldNotBeNull();
        (await heard.NextAsync()).ShouldBe(new WorkshopChange(a.Stock.Id, ChangeKind.OrderStatusChanged, a.Order.Id));
    }

    [Fact]
    public async Task A_tablet_using_a_pairing_code_is_heard_as_that_pairing_so_the_owners_dialog_can_say_connected()
    {
        var a = await FloorCapture.CreateAsync(_app, database, "shop-a");
        var feed = await ListeningFeedAsync(_app.Services);
        using var heard = Heard.On(feed, a.Stock.Id);
        var pairing = await _app.Service<Web.Features.Tablets.TabletService>().PairAsync(
            FloorApp.Owner(a.Shop), new Contracts.Tablets.PairTabletRequest("봉제 태블릿"), new Uri("https://localhost/"), CancellationToken.None);

        var response = await _app.Browser().PostAsJsonAsync("/api/v1/floor/pairings/redeem", new Contracts.Tablets.RedeemPairingRequest(pairing.Code.Code));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await heard.NextAsync()).ShouldBe(new WorkshopChange(a.Stock.Id, ChangeKind.TabletPaired, pairing.Id));
    }

    [Fact]
    public async Task A_rolled_back_write_publishes_nothing()
    {
        var a = await FloorCapture.CreateAsync(_app, database, "shop-a");
        var feed = await ListeningFeedAsync(_app.Services);
        using var heard = Heard.On(feed, a.Stock.Id);
        var neverMade = Guid.NewGuid();

        await using (var db = _app.Contexts.ForWorkshop(a.Stock.Id, new AuditActor(ActorKind.System, null, "test")))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ChangePublisher.PublishAsync(db, new WorkshopChange(a.Stock.Id, ChangeKind.StockPosted, neverMade), CancellationToken.None);
            await transaction.RollbackAsync();
        }

        (await a.SendAsync(a.Event(FloorEventKind.Start, 0, 5))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await heard.NextAsync()).ShouldBe(new WorkshopChange(a.Stock.Id, ChangeKind.ProductionRecorded, a.Order.Id));
        heard.All.ShouldNotContain(c => c.SubjectId == neverMade);
    }

    [Fact]
    public async Task A_change_is_never_published_outside_a_transaction()
    {
        var a = await FloorCapture.CreateAsync(_app, database, "shop-a");
        await using var db = _app.Contexts.ForWorkshop(a.Stock.Id, new AuditActor(ActorKind.System, null, "test"));

        await Should.ThrowAsync<InvalidOperationException>(() =>
            ChangePublisher.PublishAsync(db, new WorkshopChange(a.Stock.Id, ChangeKind.StockPosted), CancellationToken.None));
    }

    [Fact]
    public async Task A_second_instance_on_the_same_database_hears_a_change_recorded_through_the_first()
    {
        var a = await FloorCapture.CreateAsync(_app, database, "shop-a");
        await using var second = new MesApp(database);
        var feed = await ListeningFeedAsync(second.Services);
        using var heard = Heard.On(feed, a.Stock.Id);

        (await a.SendAsync(a.Event(FloorEventKind.Start, 0, 5))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await heard.NextAsync()).ShouldBe(new WorkshopChange(a.Stock.Id, ChangeKind.ProductionRecorded, a.Order.Id));
    }

    [Fact]
    public async Task The_listener_connects_again_after_its_connection_is_killed_and_hears_later_changes()
    {
        var a = await FloorCapture.CreateAsync(_app, database, "shop-a");
        var feed = await ListeningFeedAsync(_app.Services);
        using var heard = Heard.On(feed, a.Stock.Id);

        await using (var kill = database.DataSource.CreateCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()"))
        {
            kill.Parameters.Add(new NpgsqlParameter { Value = ChangeListener.ApplicationName });
            ((long)(await kill.ExecuteScalarAsync())!).ShouldBeGreaterThan(0);
        }

        (await heard.NextAsync()).ShouldBe(new WorkshopChange(a.Stock.Id, ChangeKind.Reconnected));
        (await a.SendAsync(a.Event(FloorEventKind.Start, 0, 5))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await heard.NextAsync()).ShouldBe(new WorkshopChange(a.Stock.Id, ChangeKind.ProductionRecorded, a.Order.Id));
    }

    private static async Task<ChangeFeed> ListeningFeedAsync(IServiceProvider services)
    {
        var feed = services.GetRequiredService<ChangeFeed>();
        await feed.WhenListeningAsync(CancellationToken.None).WaitAsync(_patience);
        return feed;
    }

    /// <summary>One subscriber's changes, in the order it heard them.</summary>
    private sealed class Heard : IDisposable
    {
        private readonly Channel<WorkshopChange> _changes = Channel.CreateUnbounded<WorkshopChange>();
        private readonly List<WorkshopChange> _all = [];
        private IDisposable? _subscription;

        public IReadOnlyList<WorkshopChange> All
        {
            get
            {
                lock (_all)
                {
                    return [.. _all];
                }
            }
        }

        public static Heard On(ChangeFeed feed, Guid workshopId)
        {
            var heard = new Heard();
            heard._subscription = feed.Subscribe(workshopId, change =>
            {
                lock (heard._all)
                {
                    heard._all.Add(change);
                }

                heard._changes.Writer.TryWrite(change);
                return Task.CompletedTask;
            });
            return heard;
        }

        public async Task<WorkshopChange> NextAsync() => await _changes.Reader.ReadAsync().AsTask().WaitAsync(_patience);

        public void Dispose() => _subscription?.Dispose();
    }
}
