using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Contracts.Quality;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.IntegrationTests.WorkOrders;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Assessment;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>A work order made for a day (<paramref name="Day"/>), with the customer's order it serves, the units scrapped and who cuts and sews.</summary>
internal sealed record Job(DateTime Day, WorkOrderDetail Order, CustomerOrderView? CustomerOrder, int Scrap, Worker Cutter, Worker Sewer);

/// <summary>How the floor's work reaches the system.</summary>
internal enum Capture
{
    /// <summary>Each worker records start and finish on their own tablet at the moment, scanning the traveller and the fabric lot.</summary>
    Tablet,

    /// <summary>Workers write a paper day sheet; the owner types it in at 18:30 (office progress, hours after the fact).</summary>
    EveningPaper,
}

/// <summary>
/// What a constructed workshop does over its history. <paramref name="OrderDays"/> are the weekdays (Monday = 0) on which
/// a work order of ten blouses is made and worked; <paramref name="VisitDays"/> the weekdays the owner opens the dashboard.
/// </summary>
internal sealed record HistoryPlan(
    string Slug,
    int Weeks,
    int JobsPerMonth,
    Capture Capture,
    int[] OrderDays,
    int[] VisitDays,
    bool CustomerOrders,
    bool Defects,
    bool Counts,
    int Goals)
{
    public static readonly int[] EveryDay = [0, 1, 2, 3, 4];
}

/// <summary>
/// Builds a workshop's history the way a workshop produces it: day by day over weeks of working days, through the
/// product's own write paths (the owner's API with a signed-in cookie, tablets with worker PINs), the test clock moved
/// to each moment so capture and receipt times are what they would be. Master data (products, workers, locations,
/// defect codes) is seeded as a workshop set up before its first record; the profile, goals and self-answers go
/// straight to the database because their API lives in another branch (the assessment pages' helper).
/// </summary>
internal sealed class WorkshopHistory
{
    /// <summary>The evaluation moment: Tuesday 10 November 2026, 20:00 in Seoul.</summary>
    public static readonly DateTimeOffset End = new(2026, 11, 10, 20, 0, 0, TimeSpan.FromHours(9));

    private static readonly string[] _customers = ["한빛상사", "동대문 모드", "수진패션", "가람어패럴", "세움상회"];
    private readonly AssessmentApp _app;
    private readonly MesDatabase _database;
    private HttpClient? _owner;
    private string _ownerEmail = string.Empty;
    private DateTimeOffset _ownerLastSeen;
    private Guid _fabricLot;
    private int _orderCount;
    private Job? _unfinished;
    private Job? _prepared;

    private WorkshopHistory(AssessmentApp app, MesDatabase database, HistoryPlan plan, StockedWorkshop stock)
    {
        _app = app;
        _database = database;
        Plan = plan;
        Stock = stock;
        Start = Monday(End.AddDays(-7 * plan.Weeks));
    }

    public HistoryPlan Plan { get; }

    public StockedWorkshop Stock { get; }

    public TestWorkshop Shop => Stock.Shop;

    /// <summary>The Monday 8 o'clock of the first week with records.</summary>
    public DateTimeOffset Start { get; }

    public Guid OwnerId { get; private set; }

    public List<Worker> Workers { get; } = [];

    public DefectCode Defect { get; private set; } = null!;

    /// <summary>A workshop set up a week before its first record: master data, three workers with PINs, the owner's account and the profile.</summary>
    public static async Task<WorkshopHistory> SetUpAsync(AssessmentApp app, MesDatabase database, HistoryPlan plan)
    {
        var setUpAt = Monday(End.AddDays(-7 * plan.Weeks)).AddDays(-7);
        app.Clock.Now = setUpAt;
        var stock = await StockedWorkshop.CreateAsync(database, plan.Slug, $"공방 {plan.Slug}", s => Dated(s.Shop.Worker, setUpAt));
        var history = new WorkshopHistory(app, database, plan, stock);
        await history.SeedAsync(setUpAt);
        return history;
    }

    /// <summary>Sets up the workshop, lives its history and evaluates it as of the end, the weekly history filled first.</summary>
    public static async Task<StageReport> BuildAsync(AssessmentApp app, MesDatabase database, HistoryPlan plan)
    {
        var history = await SetUpAsync(app, database, plan);
        await history.RunAsync();
        var report = await app.EvaluateAsync(history.Shop);
        TestContext.Current.TestOutputHelper?.WriteLine(Describe(report));
        return report;
    }

    /// <summary>
    /// Works every working day from <see cref="Start"/> to <see cref="End"/>, then leaves the clock at the end. The owner
    /// writes the goals down twelve weeks before the end (or on the first day) and looks at them again a month before.
    /// </summary>
    public async Task RunAsync()
    {
        var setGoalsOn = End.AddDays(-84);
        var reviewGoalsOn = End.AddDays(-30);
        var goalsSet = false;
        var goalsReviewed = false;
        for (var day = Start.Date; day <= End.Date; day = day.AddDays(1))
        {
            var weekday = ((int)day.DayOfWeek + 6) % 7;
            if (weekday > 4)
            {
                continue;
            }

            if (!goalsSet && At(day, 23, 0) >= setGoalsOn)
            {
                await SetGoalsAsync(At(day, 7, 50));
                goalsSet = true;
            }
            else if (!goalsReviewed && At(day, 23, 0) >= reviewGoalsOn)
            {
                await ReviewGoalsAsync(At(day, 7, 50));
                goalsReviewed = true;
            }

            await WorkDayAsync(day, weekday);
        }

        _app.Clock.Now = End;
    }

    /// <summary>
    /// One working day. With tablets the owner's office work is one morning block (yesterday's order completed, its
    /// defect analysed and its lot shipped; stock received or counted; the dashboard; today's order) and the floor
    /// records as it works. On paper it is one evening block: the day sheet typed in, the order completed, analysed and
    /// shipped, and tomorrow's order prepared. A session ends after two idle hours, so each block is one sign-in.
    /// </summary>
    private async Task WorkDayAsync(DateTime day, int weekday)
    {
        if (weekday == 0)
        {
            await ReceiveFabricAsync(At(day, 8, 0));
        }

        if (Plan.Capture == Capture.Tablet)
        {
            if (_unfinished is { } yesterday)
            {
                await WrapUpAsync(yesterday, At(day, 8, 5));
            }

            if (weekday == 4 && Plan.Counts)
            {
                await CountFloorAsync(At(day, 8, 20));
            }
        }

        if (Plan.VisitDays.Contains(weekday))
        {
            _app.Clock.Now = At(day, 8, 25);
            (await (await OwnerAsync()).GetAsync("/api/v1/dashboard/today")).EnsureSuccessStatusCode();
        }

        var job = _prepared?.Day == day ? _prepared : Plan.OrderDays.Contains(weekday) ? await PrepareAsync(day, At(day, 8, 30)) : null;
        if (Plan.Capture == Capture.Tablet)
        {
            if (job is not null)
            {
                await WorkOnTabletsAsync(day, job);
                _unfinished = job;
            }

            return;
        }

        if (weekday == 4 && Plan.Counts)
        {
            await CountFloorAsync(At(day, 18, 20));
        }

        if (job is not null)
        {
            await TypeInDaySheetAsync(day, job, At(day, 18, 30));
            await WrapUpAsync(job, At(day, 18, 40));
            if (NextOrderDay(day) is { } next && next <= End.Date)
            {
                _prepared = await PrepareAsync(next, At(day, 18, 50));
            }
        }
    }

    private DateTime? NextOrderDay(DateTime day)
    {
        for (var next = day.AddDays(1); next <= day.AddDays(7); next = next.AddDays(1))
        {
            var weekday = ((int)next.DayOfWeek + 6) % 7;
            if (weekday <= 4 && Plan.OrderDays.Contains(weekday))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>The customer's order and its work order of ten blouses for <paramref name="day"/>, released; scrap on Tuesdays and Thursdays.</summary>
    private async Task<Job> PrepareAsync(DateTime day, DateTimeOffset at)
    {
        var due = DateOnly.FromDateTime(day).AddDays(7);
        _app.Clock.Now = at;
        CustomerOrderView? customerOrder = null;
        if (Plan.CustomerOrders)
        {
            customerOrder = await PostAsync<CustomerOrderView>("/api/v1/customer-orders", new
            {
                customerName = _customers[_orderCount % _customers.Length],
                orderedOn = DateOnly.FromDateTime(at.Date),
                lines = new[] { new { productId = Shop.Product.Id, quantity = 10, dueDate = due } },
            });
        }

        var order = await PostAsync<WorkOrderDetail>("/api/v1/work-orders", new CreateWorkOrderRequest(Shop.Product.Id, 10, due, WorkOrderPriority.Normal, customerOrder?.Lines[0].Id));
        (await WorkOrderApi.ActAsync(await OwnerAsync(), order.Id, "release")).EnsureSuccessStatusCode();
        order = (await WorkOrderApi.ReadAsync(await OwnerAsync(), order.Id)).Order; // released: its steps are there now
        _orderCount++;
        var scrap = Plan.Defects && day.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday ? 1 : 0;
        return new Job(day, order, customerOrder, scrap, Workers[_orderCount % Workers.Count], Workers[(_orderCount + 1) % Workers.Count]);
    }

    /// <summary>What happened at the two steps: cutting 09:00–11:00 by one worker, sewing 11:10–14:30 by the next.</summary>
    private static (DateTimeOffset At, int Step, Worker By, FloorEventKind Kind, decimal? Good)[] Work(DateTime day, Job job) =>
    [
        (At(day, 9, 0), 0, job.Cutter, FloorEventKind.Start, null),
        (At(day, 11, 0), 0, job.Cutter, FloorEventKind.Finish, 10),
        (At(day, 11, 10), 1, job.Sewer, FloorEventKind.Start, null),
        (At(day, 14, 30), 1, job.Sewer, FloorEventKind.Finish, 10 - job.Scrap),
    ];

    private async Task WorkOnTabletsAsync(DateTime day, Job job)
    {
        foreach (var (at, step, by, kind, made) in Work(day, job))
        {
            _app.Clock.Now = at;
            var last = step == 1 && kind == FloorEventKind.Finish;
            await TabletEventAsync(by, new FloorEvent(
                Guid.CreateVersion7(), kind, at, job.Order.Steps[step].Id, made, last && job.Scrap > 0 ? job.Scrap : null, last && job.Scrap > 0 ? Defect.Id : null,
                Lots: last ? [new LotChoice(Shop.Fabric.Id, _fabricLot)] : null, Scanned: true));
        }
    }

    /// <summary>The paper day sheet, typed in by the owner hours after the work, with the times written on it.</summary>
    private async Task TypeInDaySheetAsync(DateTime day, Job job, DateTimeOffset at)
    {
        _app.Clock.Now = at;
        foreach (var (when, step, by, kind, made) in Work(day, job))
        {
            var last = step == 1 && kind == FloorEventKind.Finish;
            await WorkOrderApi.ProgressAsync(await OwnerAsync(), job.Order, step, new RecordProgressRequest(
                kind == FloorEventKind.Start ? ProgressKind.Start : ProgressKind.Finish, made, last && job.Scrap > 0 ? job.Scrap : null, last && job.Scrap > 0 ? Defect.Id : null, by.Id, when));
        }
    }

    /// <summary>The office finishes a worked order: completes it, analyses its defect, ships its lot to the customer.</summary>
    private async Task WrapUpAsync(Job job, DateTimeOffset at)
    {
        _app.Clock.Now = at;
        (await WorkOrderApi.ActAsync(await OwnerAsync(), job.Order.Id, "complete")).EnsureSuccessStatusCode();
        if (job.Scrap > 0)
        {
            await AnalyseDefectAsync(job.Order.Id, at.AddMinutes(2));
        }

        if (job.CustomerOrder is not null)
        {
            await ShipAsync(job.CustomerOrder, job.Order.Id, 10 - job.Scrap, at.AddMinutes(4));
        }

        _unfinished = null;
    }

    private readonly Dictionary<Guid, (HttpClient Tablet, string Session, DateOnly Day)> _tablets = [];

    /// <summary>The worker's own tablet, signed in with their PIN once a day (a session lasts until the shift ends).</summary>
    private async Task TabletEventAsync(Worker worker, FloorEvent e)
    {
        var today = DateOnly.FromDateTime(_app.Clock.Now.Date);
        if (!_tablets.TryGetValue(worker.Id, out var held))
        {
            held = (await _app.TabletAsync(Shop.Tenant.Id, $"{worker.DisplayName} 태블릿"), string.Empty, default);
        }

        if (held.Day != today)
        {
            held = (held.Tablet, await FloorSignInAsync(held.Tablet, worker.Id), today);
        }

        _tablets[worker.Id] = held;
        using var response = await held.Tablet.PostAsJsonAsync("/api/v1/floor/events", new FloorEventSubmission(held.Session, _app.Clock.Now, e), ApiJson.Options);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> FloorSignInAsync(HttpClient tablet, Guid workerId)
    {
        var response = await tablet.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(workerId, null, FloorApp.Pin));
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<WorkerSessionStarted>())!.SessionToken;
    }

    private async Task ReceiveFabricAsync(DateTimeOffset at)
    {
        _app.Clock.Now = at;
        var posted = await PostAsync<StockPosted>("/api/v1/stock/receipts", new ReceiptRequest(Shop.Fabric.Id, 120, Stock.Floor.Id, $"FB-{at:yyMMdd}", "대한섬유"));
        _fabricLot = posted.LotId!.Value;
    }

    /// <summary>Friday's cycle count of the cutting floor: every lot on hand there, counted as the ledger says.</summary>
    private async Task CountFloorAsync(DateTimeOffset at)
    {
        _app.Clock.Now = at;
        List<CountedLine> lines;
        await using (var db = _database.CreateContext())
        {
            lines = await db.StockBalances.Where(b => b.WorkshopId == Shop.Tenant.Id && b.LocationId == Stock.Floor.Id && b.OnHand > 0)
                .Select(b => new CountedLine(b.ItemId, b.LotId, b.OnHand)).ToListAsync();
        }

        await PostAsync<object>("/api/v1/stock/counts", new CountRequest(Stock.Floor.Id, "주간 실사", lines));
    }

    private async Task AnalyseDefectAsync(Guid workOrderId, DateTimeOffset at)
    {
        _app.Clock.Now = at;
        Guid defectId;
        await using (var db = _database.CreateContext())
        {
            defectId = await db.DefectRecords.Where(d => d.WorkOrderId == workOrderId).Select(d => d.Id).SingleAsync();
        }

        using var read = await (await OwnerAsync()).GetAsync($"/api/v1/defects/{defectId}");
        read.EnsureSuccessStatusCode();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/defects/{defectId}/analysis")
        {
            Content = JsonContent.Create(new DefectAnalysisRequest("재봉 장력 불량으로 박음질 풀림", "Machine", null, Shop.Sewing.Id), options: ApiJson.Options),
        };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(read.Headers.ETag!.Tag));
        using var analysed = await (await OwnerAsync()).SendAsync(request);
        analysed.IsSuccessStatusCode.ShouldBeTrue(await analysed.Content.ReadAsStringAsync());
    }

    private async Task ShipAsync(CustomerOrderView order, Guid workOrderId, decimal quantity, DateTimeOffset at)
    {
        _app.Clock.Now = at;
        Guid lotId;
        await using (var db = _database.CreateContext())
        {
            lotId = await db.Lots.Where(l => l.ProducedByWorkOrderId == workOrderId).Select(l => l.Id).SingleAsync();
        }

        await PostAsync<object>("/api/v1/shipments", new
        {
            customerOrderId = order.Id,
            lines = new[] { new { orderLineId = order.Lines[0].Id, lotId, quantity, locationId = Stock.Finished.Id } },
        });
    }

    /// <summary>The owner's browser: a session ends after two idle hours, so the owner signs in again for each block of office work.</summary>
    private async Task<HttpClient> OwnerAsync()
    {
        if (_owner is null || _app.Clock.Now - _ownerLastSeen > TimeSpan.FromMinutes(90))
        {
            _owner = await _app.SignedInClientAsync(_ownerEmail);
        }

        _ownerLastSeen = _app.Clock.Now;
        return _owner;
    }

    private async Task<T> PostAsync<T>(string url, object body)
    {
        using var response = await (await OwnerAsync()).PostAsJsonAsync(url, body, ApiJson.Options);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
    }

    private async Task SeedAsync(DateTimeOffset setUpAt)
    {
        Workers.Add(Shop.Worker);
        Workers.Add(Dated(new Worker(Shop.Tenant.Id, "박정호", "W002", 12_000), setUpAt));
        Workers.Add(Dated(new Worker(Shop.Tenant.Id, "이수연", "W003", 12_000), setUpAt));
        Defect = new DefectCode(Shop.Tenant.Id, "D01", "박음질 불량", CauseCategory.Machine, "#d32f2f", "content_cut");

        // Ten materials more, so the item list is a workshop's (S2-DC-06 needs ten active items).
        string[] materials = ["면 원단 검정", "린넨 원단", "폴리 안감", "지퍼 20cm", "심지", "실 흰색", "실 검정", "라벨", "포장 비닐", "행택"];
        var items = materials.Select((name, i) => new Item(Shop.Tenant.Id, $"MT-{i + 1:00}", name, ItemKind.Material, "ea", 100)).ToList();
        await Shop.SaveAsync(_database, [Workers[1], Workers[2], Defect, .. items]);
        foreach (var worker in Workers)
        {
            await _app.SetPinAsync(worker.Id);
        }

        var email = $"owner-{Plan.Slug}@test.example";
        var owner = await TestCredentials.UserAsync(_database, email, (Shop.Tenant.Id, WorkshopRole.Owner));
        OwnerId = owner.Id;
        _ownerEmail = email;

        await using var db = _database.CreateContext();
        var profile = new WorkshopProfile(Shop.Tenant.Id);
        profile.Update("C14", Workers.Count, Plan.JobsPerMonth, "창신동 봉제", OwnerId, hasMachines: true, keepsStock: true, inBenchmarks: true, setUpAt.ToUniversalTime());
        db.WorkshopProfiles.Add(profile);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The owner's goals, written down on the goals screen. The goals table keeps only the latest review, so a weekly
    /// evaluation filled in later reads a goal as reviewed on the day it was set until that review: goals set twelve
    /// weeks before the end stay "reviewed in 90 days" across the weeks the stability rule looks at.
    /// </summary>
    private async Task SetGoalsAsync(DateTimeOffset at)
    {
        await using var db = _database.CreateContext();
        (string Title, string Kpi, decimal Target)[] goals = [("불량률 3% 아래로", "defect_rate", 3), ("납기준수율 95%", "otd", 95), ("재고 정확도 98%", "stock_accuracy", 98)];
        db.WorkshopGoals.AddRange(goals.Take(Plan.Goals).Select(g => new WorkshopGoal(Shop.Tenant.Id, g.Title, g.Kpi, g.Target, at.ToUniversalTime())));
        await db.SaveChangesAsync();
    }

    /// <summary>The owner looks at the goals again (S1-SL-01 wants one reviewed in the last 90 days).</summary>
    private async Task ReviewGoalsAsync(DateTimeOffset at)
    {
        await using var db = _database.CreateContext();
        foreach (var goal in await db.WorkshopGoals.IgnoreQueryFilters().Where(g => g.WorkshopId == Shop.Tenant.Id).ToListAsync())
        {
            goal.Revise(goal.Title, goal.Kpi, goal.Target, at.ToUniversalTime());
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Every question answered at the top step ("fully, every day"), now.</summary>
    public static async Task AnswerEverythingFullyAsync(MesDatabase database, Guid workshopId, Guid ownerId, DateTimeOffset now)
    {
        await using var db = database.CreateContext();
        db.SelfAssessmentAnswers.AddRange(CatalogueFile.Stage.Indicators.Select(i => new SelfAssessmentAnswer(workshopId, i.Id, SelfAnswer.Steps(i.Scale) - 1, ownerId, now.ToUniversalTime())));
        await db.SaveChangesAsync();
    }

    /// <summary>What a consultant reads first, shown when an assertion fails.</summary>
    public static string Describe(StageReport report)
    {
        var result = report.Result;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"gated {result.Placement.Gated}, fractional {result.Placement.Fractional}, blocking [{string.Join(", ", result.Placement.Blocking)}], confidence {result.Confidence} {result.ConfidenceLevel}, index {result.Index}"),
        };
        lines.AddRange(result.Placement.Gates.Select(g => string.Create(CultureInfo.InvariantCulture,
            $"  stage {g.Stage}: mean {g.Mean:0.###}, attained {g.Attained}, stable {g.StableWeeks}/{g.WeeksLookedAt}, failures [{string.Join(", ", g.Failures)}], musts below L [{string.Join(", ", g.MustsBelowPass)}], previous below F [{string.Join(", ", g.PreviousMustsBelowF)}]")));
        lines.AddRange(report.Indicators.Where(l => l.Definition.Stage <= 3).Select(l => string.Create(CultureInfo.InvariantCulture,
            $"  {l.Definition.Id} {l.Rating.Achievement:0.###} {l.Rating.Band} {l.Rating.Grade} n={l.Measured.Count} {string.Join(" ", l.Measured.Values.Select(v => $"{v.Key}={v.Value}"))} {l.Measured.Reason}")));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>
    /// An entity as if made at <paramref name="at"/>: ids are version-7 UUIDs whose first 48 bits are the moment they
    /// were made, which the evidence reads as an account's creation; the generator reads the real clock, not the test's.
    /// </summary>
    public static T Dated<T>(T entity, DateTimeOffset at)
        where T : TenantEntity
    {
        typeof(TenantEntity).GetProperty(nameof(TenantEntity.Id))!.SetValue(entity, Guid.CreateVersion7(at));
        return entity;
    }

    private static DateTimeOffset At(DateTime day, int hour, int minute) => new(day.Year, day.Month, day.Day, hour, minute, 0, TimeSpan.FromHours(9));

    private static DateTimeOffset Monday(DateTimeOffset moment)
    {
        var day = moment.Date.AddDays(-(((int)moment.DayOfWeek + 6) % 7));
        return At(day, 8, 0);
    }
}
