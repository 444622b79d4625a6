using System.Net.Http.Json;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.ShopFloor;

/// <summary>
/// The one arrangement of the shop-floor tests: the stocked workshop with a defect code and a downtime reason, a
/// released order of ten blouses (cutting, then sewing), fabric on the floor, a paired tablet and 김미숙 signed in
/// on it at <see cref="TestWorkshop.Now"/>; the clock then stands two hours later, so events in between are past.
/// </summary>
internal sealed class FloorCapture
{
    public const string Events = "/api/v1/floor/events";

    private FloorCapture(FloorApp app, StockedWorkshop stock, WorkOrder order, DefectCode defect, DowntimeReason reason, HttpClient tablet, Guid deviceId, string session)
    {
        App = app;
        Stock = stock;
        Order = order;
        Defect = defect;
        Reason = reason;
        Tablet = tablet;
        DeviceId = deviceId;
        Session = session;
    }

    public FloorApp App { get; }

    public StockedWorkshop Stock { get; }

    public TestWorkshop Shop => Stock.Shop;

    public WorkOrder Order { get; }

    public DefectCode Defect { get; }

    public DowntimeReason Reason { get; }

    public HttpClient Tablet { get; }

    public Guid DeviceId { get; }

    public string Session { get; set; }

    public static async Task<FloorCapture> CreateAsync(FloorApp app, MesDatabase database, string slug = "test-garment", string number = "WO-2611-0001")
    {
        app.Clock.Now = TestWorkshop.Now;
        var stock = await StockedWorkshop.CreateAsync(database, slug, slug == "test-garment" ? "테스트 봉제공방" : $"공방 {slug}");
        var defect = new DefectCode(stock.Id, "D01", "봉제 불량", CauseCategory.Man, "#d32f2f", "content_cut");
        var reason = new DowntimeReason(stock.Id, "DT01", "자재 대기", false);
        var order = stock.Shop.WorkOrders.Released(number, 10);
        await stock.Shop.SaveAsync(database, defect, reason, order);
        await stock.LotOnHandAsync(database, stock.Fabric, stock.Floor, $"L-{slug}", 1000, supplier: "대한섬유", receivedAt: TestWorkshop.Now.AddDays(-1));
        await app.SetPinAsync(stock.Shop.Worker.Id);
        var (tablet, deviceId) = await app.TabletAsync(stock.Id);
        var session = await SignInAsync(tablet, stock.Shop.Worker.Id);
        app.Clock.Now = TestWorkshop.Now.AddHours(2);
        return new FloorCapture(app, stock, order, defect, reason, tablet, deviceId, session);
    }

    public static async Task<string> SignInAsync(HttpClient tablet, Guid workerId)
    {
        var response = await tablet.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(workerId, null, FloorApp.Pin));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WorkerSessionStarted>())!.SessionToken;
    }

    public Guid Step(int index) => Order.Steps[index].Id;

    /// <summary>An event on the step captured <paramref name="minutes"/> after the sign-in (a pause has a reason, scrap the defect code).</summary>
    public FloorEvent Event(FloorEventKind kind, int step, double minutes, decimal? good = null, decimal? scrap = null) =>
        new(
            Guid.CreateVersion7(),
            kind,
            TestWorkshop.Now.AddMinutes(minutes),
            Step(step),
            good,
            scrap,
            scrap > 0 ? Defect.Id : null,
            DowntimeReasonId: kind == FloorEventKind.Pause ? Reason.Id : null);

    public Task<HttpResponseMessage> SendAsync(FloorEvent e, DateTimeOffset? sentAt = null, HttpClient? tablet = null) =>
        (tablet ?? Tablet).PostAsJsonAsync(Events, new FloorEventSubmission(Session, sentAt ?? App.Clock.Now, e), ApiJson.Options);

    public async Task<IReadOnlyList<FloorEventResult>> BatchAsync(IEnumerable<FloorEvent> events, DateTimeOffset? sentAt = null)
    {
        var response = await Tablet.PostAsJsonAsync($"{Events}/batch", new FloorEventBatch(Session, sentAt ?? App.Clock.Now, [.. events]), ApiJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<FloorEventBatchResult>(ApiJson.Options))!.Results;
    }

    /// <summary>A request as the tablet makes it with the worker session in <c>X-Worker-Session</c>.</summary>
    public Task<HttpResponseMessage> GetAsync(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Worker-Session", Session);
        return Tablet.SendAsync(request);
    }
}
