using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Contracts.Quality;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Changes;

namespace Workshop.Mes.IntegrationTests.Quality;

/// <summary>
/// A defect's workflow over the API: analysed with its lot and station, closed with an action, owner and due date;
/// each bad input named by its field, illegal steps and stale versions refused, another workshop's ids not found.
/// </summary>
public sealed class DefectWorkflowApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(10);
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync()
    {
        _app.Clock.Now = TestWorkshop.Now.AddHours(2);
        return new(database.ResetAsync());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Analysing_then_closing_moves_the_defect_on_audits_it_and_tells_open_screens()
    {
        var q = await QualityShop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var feed = _app.Services.GetRequiredService<ChangeFeed>();
        await feed.WhenListeningAsync(CancellationToken.None).WaitAsync(_patience);
        var heard = new TaskCompletionSource<WorkshopChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = feed.Subscribe(q.Id, change =>
        {
            if (change.Kind == ChangeKind.DefectUpdated)
            {
                heard.TrySetResult(change);
            }

            return Task.CompletedTask;
        });

        var (read, etag) = await GetAsync(owner, q.Costly.Id);
        var analysed = await SendAsync(owner, $"/api/v1/defects/{q.Costly.Id}/analysis", new DefectAnalysisRequest("재단 칼날 마모로 올 풀림", "Machine", q.Lot.Id, q.Shop.Cutting.Id), etag);

        read.Status.ShouldBe(DefectStatus.Open);
        read.CanAnalyse.ShouldBeTrue();
        analysed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterAnalysis = (await analysed.Content.ReadFromJsonAsync<DefectView>(ApiJson.Options))!;
        afterAnalysis.Status.ShouldBe(DefectStatus.Analysed);
        afterAnalysis.Cause.ShouldBe(DefectCause.Machine);
        afterAnalysis.Analysis!.SuspectedLotNumber.ShouldBe(q.Lot.LotNumber);
        afterAnalysis.Analysis.SuspectedWorkstationName.ShouldBe(q.Shop.Cutting.Name);
        afterAnalysis.CanClose.ShouldBeTrue();
        (await heard.Task.WaitAsync(_patience)).SubjectId.ShouldBe(q.Costly.Id);

        var closed = await SendAsync(owner, $"/api/v1/defects/{q.Costly.Id}/closure", new DefectClosureRequest("칼날 2,000회마다 교체, 점검표 추가", q.Shop.Worker.Id, new DateOnly(2026, 11, 24)), analysed.Headers.ETag!.Tag);

        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await closed.Content.ReadFromJsonAsync<DefectView>(ApiJson.Options))!;
        view.Status.ShouldBe(DefectStatus.Closed);
        view.Closure!.OwnerName.ShouldBe(q.Shop.Worker.DisplayName);
        view.Closure.DueOn.ShouldBe(new DateOnly(2026, 11, 24));
        view.Closure.ClosedAt.ShouldBe(_app.Clock.Now);
        view.CanAnalyse.ShouldBeFalse();
        view.CanClose.ShouldBeFalse();
        await using var db = database.CreateContext();
        (await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.EntityType == "DefectRecord" && a.EntityId == q.Costly.Id && a.Action == Domain.Audit.AuditAction.Updated)).ShouldBe(2);
    }

    [Fact]
    public async Task The_defect_page_data_breaks_the_cost_down_and_names_lot_station_worker_and_order()
    {
        var q = await QualityShop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);

        var (view, etag) = await GetAsync(owner, q.Costly.Id);

        etag.ShouldNotBeNullOrEmpty();
        view.Number.ShouldBe("DF-2611-0002");
        view.Cost.ShouldBe(new DefectCostView(20_250, 0, 4_000, 24_250));
        view.LotNumber.ShouldBe(q.Lot.LotNumber);
        view.WorkstationName.ShouldBe(q.Shop.Cutting.Name);
        view.WorkerName.ShouldBe(q.Shop.Worker.DisplayName);
        view.WorkOrderNumber.ShouldBe("WO-2611-0001");
        view.DefectCode.ShouldBe("D01");
        view.Quantity.ShouldBe(3);
        view.Disposition.ShouldBe(DefectDisposition.Scrap);
    }

    [Fact]
    public async Task Every_bad_analysis_input_is_named_by_its_field()
    {
        var q = await QualityShop.CreateAsync(database);
        var theirs = await QualityShop.CreateAsync(database, "other-shop");
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var (_, etag) = await GetAsync(owner, q.Cheap.Id);
        var url = $"/api/v1/defects/{q.Cheap.Id}/analysis";

        var empty = await SendAsync(owner, url, new DefectAnalysisRequest("  ", "Machine"), etag);
        var unknownCause = await SendAsync(owner, url, new DefectAnalysisRequest("바늘 마모", "Weather"), etag);
        var theirLot = await SendAsync(owner, url, new DefectAnalysisRequest("바늘 마모", "Machine", SuspectedLotId: theirs.Lot.Id), etag);
        var theirStation = await SendAsync(owner, url, new DefectAnalysisRequest("바늘 마모", "Machine", SuspectedWorkstationId: theirs.Shop.Sewing.Id), etag);

        (await ErrorsAsync(empty)).Keys.ShouldBe(["rootCause"]);
        (await ErrorsAsync(unknownCause)).Keys.ShouldBe(["cause"]);
        (await ErrorsAsync(theirLot))["suspectedLotId"].ShouldBe(["이 공방에 없는 로트입니다."]);
        (await ErrorsAsync(theirStation))["suspectedWorkstationId"].ShouldBe(["이 공방에 없는 설비입니다."]);
        (await GetAsync(owner, q.Cheap.Id)).View.Status.ShouldBe(DefectStatus.Open);
    }

    [Fact]
    public async Task Every_bad_closure_input_is_named_by_its_field()
    {
        var q = await QualityShop.CreateAsync(database);
        var theirs = await QualityShop.CreateAsync(database, "other-shop");
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var (_, etag) = await GetAsync(owner, q.Analysed.Id);
        var url = $"/api/v1/defects/{q.Analysed.Id}/closure";
        var recordedOn = new DateOnly(2026, 11, 10);

        var nothing = await SendAsync(owner, url, new DefectClosureRequest(null, null, null), etag);
        var theirWorker = await SendAsync(owner, url, new DefectClosureRequest("원단 검단 강화", theirs.Shop.Worker.Id, recordedOn), etag);
        var dueBefore = await SendAsync(owner, url, new DefectClosureRequest("원단 검단 강화", q.Shop.Worker.Id, recordedOn.AddDays(-1)), etag);
        var dueOutOfRange = await SendAsync(owner, url, new DefectClosureRequest("원단 검단 강화", q.Shop.Worker.Id, new DateOnly(2101, 1, 1)), etag);

        (await ErrorsAsync(nothing)).Keys.Order().ShouldBe(["correctiveAction", "dueOn", "ownerId"]);
        (await ErrorsAsync(theirWorker))["ownerId"].ShouldBe(["이 공방에서 일하는 작업자를 선택해 주세요."]);
        (await ErrorsAsync(dueBefore))["dueOn"].ShouldBe(["기한은 불량 발생일(2026-11-10)보다 앞설 수 없습니다."]);
        (await ErrorsAsync(dueOutOfRange)).Keys.ShouldBe(["dueOn"]);
        (await GetAsync(owner, q.Analysed.Id)).View.Status.ShouldBe(DefectStatus.Analysed);
    }

    [Fact]
    public async Task A_worker_who_left_cannot_own_an_action()
    {
        var q = await QualityShop.CreateAsync(database);
        var left = new Worker(q.Id, "퇴사자", "W-99", 10_000);
        left.Deactivate();
        await q.Shop.SaveAsync(database, left);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var (_, etag) = await GetAsync(owner, q.Analysed.Id);

        var response = await SendAsync(owner, $"/api/v1/defects/{q.Analysed.Id}/closure", new DefectClosureRequest("원단 검단 강화", left.Id, new DateOnly(2026, 11, 20)), etag);

        (await ErrorsAsync(response)).Keys.ShouldBe(["ownerId"]);
    }

    [Fact]
    public async Task Steps_out_of_order_are_refused_with_the_states_in_words()
    {
        var q = await QualityShop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var (_, openTag) = await GetAsync(owner, q.Cheap.Id);
        var (_, analysedTag) = await GetAsync(owner, q.Analysed.Id);

        var closeOpen = await SendAsync(owner, $"/api/v1/defects/{q.Cheap.Id}/closure", new DefectClosureRequest("재교육", q.Shop.Worker.Id, new DateOnly(2026, 11, 20)), openTag);
        var analyseAgain = await SendAsync(owner, $"/api/v1/defects/{q.Analysed.Id}/analysis", new DefectAnalysisRequest("다시", "Man"), analysedTag);
        var compareOpen = await owner.GetAsync($"/api/v1/defects/{q.Cheap.Id}/comparison");

        var problem = await ProblemAsync(closeOpen, HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("defect.illegal_transition");
        problem.GetProperty("detail").GetString().ShouldBe("현재 상태(열림)의 불량은 '종결' 단계로 넘어갈 수 없습니다.");
        (await ProblemAsync(analyseAgain, HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("defect.illegal_transition");
        (await ProblemAsync(compareOpen, HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("defect.not_closed");
    }

    [Fact]
    public async Task A_change_needs_the_version_read_and_a_stale_one_is_refused()
    {
        var q = await QualityShop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var (_, etag) = await GetAsync(owner, q.Cheap.Id);
        var request = new DefectAnalysisRequest("바늘 마모", "Machine");

        var withoutVersion = await SendAsync(owner, $"/api/v1/defects/{q.Cheap.Id}/analysis", request, null);
        var first = await SendAsync(owner, $"/api/v1/defects/{q.Cheap.Id}/analysis", request, etag);
        var stale = await SendAsync(owner, $"/api/v1/defects/{q.Cheap.Id}/analysis", request, etag);

        withoutVersion.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Of_two_closes_sent_at_once_one_wins_and_the_other_is_told_to_reload()
    {
        var q = await QualityShop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var manager = await _app.MemberClientAsync(q.Id, WorkshopRole.Manager);
        var (_, etag) = await GetAsync(owner, q.Analysed.Id);
        var url = $"/api/v1/defects/{q.Analysed.Id}/closure";

        var answers = await Task.WhenAll(
            SendAsync(owner, url, new DefectClosureRequest("원단 검단 강화", q.Shop.Worker.Id, new DateOnly(2026, 11, 20)), etag),
            SendAsync(manager, url, new DefectClosureRequest("거래처 반품", q.Shop.Worker.Id, new DateOnly(2026, 11, 21)), etag));

        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed]);
        var winner = (await answers.Single(a => a.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<DefectView>(ApiJson.Options))!;
        (await GetAsync(owner, q.Analysed.Id)).View.Closure!.CorrectiveAction.ShouldBe(winner.Closure!.CorrectiveAction);
    }

    [Fact]
    public async Task Another_workshops_defect_is_not_found_by_any_endpoint()
    {
        var q = await QualityShop.CreateAsync(database);
        var theirs = await QualityShop.CreateAsync(database, "other-shop");
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var id = theirs.Analysed.Id;

        (await owner.GetAsync($"/api/v1/defects/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/v1/defects/{id}/comparison")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SendAsync(owner, $"/api/v1/defects/{id}/analysis", new DefectAnalysisRequest("x", "Man"), "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SendAsync(owner, $"/api/v1/defects/{id}/closure", new DefectClosureRequest("x", q.Shop.Worker.Id, new DateOnly(2026, 11, 20)), "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = database.CreateContext();
        (await db.DefectRecords.IgnoreQueryFilters().SingleAsync(d => d.Id == id)).Status.ShouldBe(Domain.Quality.DefectStatus.Analysed);
    }

    private static async Task<(DefectView View, string ETag)> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/defects/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return ((await response.Content.ReadFromJsonAsync<DefectView>(ApiJson.Options))!, response.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> SendAsync<T>(HttpClient client, string url, T body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: ApiJson.Options) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        request.Headers.AcceptLanguage.ParseAdd("ko-KR");
        return client.SendAsync(request);
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
