using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Tablets;

namespace Workshop.Mes.IntegrationTests.ShopFloor;

/// <summary>Events from the tablet: stored once by their id, each on its own, refused ones kept, all under the worker's session.</summary>
public sealed class FloorEventIngestTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_resent_event_counts_once_also_when_eight_resends_race()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        (await floor.SendAsync(floor.Event(FloorEventKind.Start, 0, 5))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var report = floor.Event(FloorEventKind.Report, 0, 20, good: 5);

        var first = await floor.SendAsync(report);
        var again = await floor.SendAsync(report);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<FloorEventResult>(ApiJson.Options))!.Outcome.ShouldBe(FloorEventOutcome.Duplicate);

        var raced = floor.Event(FloorEventKind.Report, 0, 30, good: 3);
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => floor.SendAsync(raced)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(7);
        await using var db = database.CreateContext();
        (await db.ProductionEvents.IgnoreQueryFilters().CountAsync()).ShouldBe(3);
        (await StepAsync(db, floor.Step(0))).GoodQuantity.ShouldBe(8);
    }

    [Fact]
    public async Task A_batch_with_one_bad_event_stores_the_good_ones_and_answers_each()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var events = new[]
        {
            floor.Event(FloorEventKind.Start, 0, 5),
            floor.Event(FloorEventKind.Report, 0, 10, good: -1),
            floor.Event(FloorEventKind.Report, 0, 15, good: 4),
        };

        var results = await floor.BatchAsync(events);

        results.Select(r => r.Outcome).ShouldBe([FloorEventOutcome.Stored, FloorEventOutcome.Rejected, FloorEventOutcome.Stored]);
        results[1].Code.ShouldBe("floor_event.quantity_negative");
        results[1].Message.ShouldBe("수량은 0보다 작을 수 없습니다.");
        results.Select(r => r.Id).ShouldBe(events.Select(e => e.Id));
        var resent = await floor.BatchAsync(events);
        resent.Select(r => r.Outcome).ShouldBe([FloorEventOutcome.Duplicate, FloorEventOutcome.Rejected, FloorEventOutcome.Duplicate]);
        await using var db = database.CreateContext();
        (await StepAsync(db, floor.Step(0))).GoodQuantity.ShouldBe(4);
        var refused = await db.RefusedEvents.IgnoreQueryFilters().SingleAsync();
        refused.ClientEventId.ShouldBe(events[1].Id!.Value);
        refused.WorkerId.ShouldBe(floor.Shop.Worker.Id);
        refused.DeviceId.ShouldBe(floor.DeviceId);
    }

    [Fact]
    public async Task A_revoked_tablet_is_refused_and_nothing_is_stored()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        await _app.Service<TabletService>().RevokeAsync(FloorApp.Owner(floor.Shop), floor.DeviceId, CancellationToken.None);

        var single = await floor.SendAsync(floor.Event(FloorEventKind.Start, 0, 5));
        var batch = await floor.Tablet.PostAsJsonAsync($"{FloorCapture.Events}/batch", new FloorEventBatch(floor.Session, _app.Clock.Now, [floor.Event(FloorEventKind.Start, 0, 5)]), ApiJson.Options);

        single.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        batch.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var db = database.CreateContext();
        (await db.ProductionEvents.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
        (await db.RefusedEvents.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task An_event_for_another_workshops_step_is_refused_as_not_found()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var other = await FloorCapture.CreateAsync(_app, database, slug: "other-shop", number: "WO-2611-0009");
        var theirs = floor.Event(FloorEventKind.Start, 0, 5) with { StepId = other.Step(0) };

        var response = await floor.SendAsync(theirs);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("production_event.step_not_found");
        await using var db = database.CreateContext();
        (await StepAsync(db, other.Step(0))).State.ShouldBe(StepState.Pending);
        (await db.ProductionEvents.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
        (await db.RefusedEvents.IgnoreQueryFilters().SingleAsync()).WorkshopId.ShouldBe(floor.Stock.Id);
    }

    [Fact]
    public async Task Events_arriving_out_of_order_are_applied_by_capture_time()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var start = floor.Event(FloorEventKind.Start, 0, 0);
        var pause = floor.Event(FloorEventKind.Pause, 0, 30);
        var resume = floor.Event(FloorEventKind.Resume, 0, 40);
        var report = floor.Event(FloorEventKind.Report, 0, 50, good: 6);
        var finish = floor.Event(FloorEventKind.Finish, 0, 60, good: 4);
        var resumeWhileRunning = floor.Event(FloorEventKind.Resume, 0, 20);

        var results = await floor.BatchAsync([start, finish, report, pause, resume, resumeWhileRunning]);

        results.Take(5).ShouldAllBe(r => r.Outcome == FloorEventOutcome.Stored);
        results[5].Outcome.ShouldBe(FloorEventOutcome.Rejected);
        results[5].Code.ShouldBe("production_event.illegal_for_step");
        await using var db = database.CreateContext();
        var step = await StepAsync(db, floor.Step(0));
        step.State.ShouldBe(StepState.Finished);
        step.GoodQuantity.ShouldBe(10);
        step.FinishedAt.ShouldBe(TestWorkshop.Now.AddMinutes(60));
        step.ActualMinutes.ShouldBe(50); // 0–30 and 40–60, the pause left out
        (await db.StepLabour.IgnoreQueryFilters().SingleAsync()).Minutes.ShouldBe(50);
    }

    [Fact]
    public async Task A_worker_running_two_steps_at_once_splits_the_shared_time_and_starting_a_running_step_is_no_error()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var second = floor.Shop.WorkOrders.Released("WO-2611-0002", 10);
        await floor.Shop.SaveAsync(database, second);
        var other = floor.Event(FloorEventKind.Start, 0, 0) with { StepId = second.Steps[0].Id };

        var results = await floor.BatchAsync([
            floor.Event(FloorEventKind.Start, 0, 0),
            floor.Event(FloorEventKind.Start, 0, 10),
            other,
            floor.Event(FloorEventKind.Finish, 0, 30, good: 10),
            (floor.Event(FloorEventKind.Finish, 0, 60, good: 10) with { StepId = second.Steps[0].Id }),
        ]);

        results.ShouldAllBe(r => r.Outcome == FloorEventOutcome.Stored);
        await using var db = database.CreateContext();
        (await StepAsync(db, floor.Step(0))).ActualMinutes.ShouldBe(15); // 30 minutes shared with the other order's cutting
        (await StepAsync(db, second.Steps[0].Id)).ActualMinutes.ShouldBe(45); // 15 shared, then 30 alone
    }

    [Fact]
    public async Task A_correction_is_a_new_event_and_the_original_stays_visible()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var report = floor.Event(FloorEventKind.Report, 0, 20, good: 5);
        await floor.BatchAsync([floor.Event(FloorEventKind.Start, 0, 5), report]);
        var owner = FloorApp.Owner(floor.Shop);
        var correction = new FloorEvent(Guid.CreateVersion7(), FloorEventKind.Report, _app.Clock.Now, floor.Step(0), Good: 4, Note: "한 장 더 셌음", CorrectsEventId: report.Id);

        var results = await _app.Service<Web.Features.ShopFloor.ProductionCapture>().RecordForOfficeAsync(owner, [new(correction, null)], CancellationToken.None);

        results.Single().Outcome.ShouldBe(FloorEventOutcome.Stored);
        var timeline = await _app.Service<Web.Features.WorkOrders.Timeline.WorkOrderTimeline>().ForAsync(owner, floor.Order.Id, CancellationToken.None);
        timeline!.ShouldContain(e => e.Kind == Contracts.WorkOrders.TimelineKind.Output && e.GoodQuantity == 5);
        timeline!.ShouldContain(e => e.Kind == Contracts.WorkOrders.TimelineKind.Correction && e.GoodQuantity == -1 && e.Note == "한 장 더 셌음");
        await using var db = database.CreateContext();
        (await StepAsync(db, floor.Step(0))).GoodQuantity.ShouldBe(4);
    }

    [Fact]
    public async Task Scrap_records_a_defect_with_its_cost_and_scrap_at_the_last_step_uses_material()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var scrap = floor.Event(FloorEventKind.Report, 0, 20, good: 8, scrap: 2) with { Note = "원단 찢어짐" };

        var results = await floor.BatchAsync([
            floor.Event(FloorEventKind.Start, 0, 5),
            scrap,
            floor.Event(FloorEventKind.Start, 1, 30),
            floor.Event(FloorEventKind.Report, 1, 50, good: 3, scrap: 1),
        ]);

        results.ShouldAllBe(r => r.Outcome == FloorEventOutcome.Stored);
        await using var db = database.CreateContext();
        var defects = await db.DefectRecords.IgnoreQueryFilters().OrderBy(d => d.Number).ToListAsync();
        defects.Count.ShouldBe(2);
        var cutting = defects[0];
        cutting.Number.ShouldBe("DF-2611-0001");
        cutting.Quantity.ShouldBe(2);
        cutting.Disposition.ShouldBe(Disposition.Scrap);
        cutting.DefectCodeId.ShouldBe(floor.Defect.Id);
        cutting.WorkOrderStepId.ShouldBe(floor.Step(0));
        cutting.WorkstationId.ShouldBe(floor.Shop.Cutting.Id);
        cutting.WorkerId.ShouldBe(floor.Shop.Worker.Id);
        cutting.ItemId.ShouldBe(floor.Shop.Product.Id);
        cutting.Note.ShouldBe("원단 찢어짐");
        cutting.Cost.Material.ShouldBe(13_500); // 2 × 1.5 yd × 4,500
        cutting.Cost.ReworkLabour.ShouldBe(0);
        cutting.Cost.LostTime.ShouldBe(1_200); // 2 × 3 minutes at 12,000 an hour
        var order = await db.WorkOrders.IgnoreQueryFilters().SingleAsync(o => o.Id == floor.Order.Id);
        order.Materials.Single().ConsumedQuantity.ShouldBe(6); // (3 good + 1 scrapped) × 1.5 yd at the last step
    }

    [Fact]
    public async Task An_ended_session_still_vouches_for_what_was_captured_while_it_ran()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var signOut = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/floor/sessions/current");
        signOut.Headers.Add("X-Worker-Session", floor.Session);
        (await floor.Tablet.SendAsync(signOut)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        _app.Clock.Now += TimeSpan.FromMinutes(30);

        // Signed out two hours after signing in; one event was captured before, one after.
        var results = await floor.BatchAsync([floor.Event(FloorEventKind.Start, 0, 90), floor.Event(FloorEventKind.Report, 0, 125, good: 2)]);

        results[0].Outcome.ShouldBe(FloorEventOutcome.Stored);
        results[1].Outcome.ShouldBe(FloorEventOutcome.Rejected);
        results[1].Code.ShouldBe("session.ended");
        var made = await floor.BatchAsync([floor.Event(FloorEventKind.Report, 0, 100, good: 1)]);
        made.Single().Outcome.ShouldBe(FloorEventOutcome.Stored);
    }

    [Fact]
    public async Task The_tablets_clock_offset_is_measured_at_each_send()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);

        // The tablet's clock runs an hour fast: it stamped the start 3 o'clock by its clock and sent it at 3:05.
        var fast = TimeSpan.FromHours(1);
        var start = floor.Event(FloorEventKind.Start, 0, 60) with { CapturedAt = TestWorkshop.Now.AddMinutes(60) + fast };
        var results = await floor.BatchAsync([start], sentAt: _app.Clock.Now + fast);

        results.Single().Outcome.ShouldBe(FloorEventOutcome.Stored);
        await using var db = database.CreateContext();
        (await db.ProductionEvents.IgnoreQueryFilters().SingleAsync()).CapturedAt.ShouldBe(TestWorkshop.Now.AddMinutes(60));
    }

    [Fact]
    public async Task Two_taps_a_moment_apart_sent_in_two_requests_keep_their_order_whatever_the_latency()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        await floor.BatchAsync([floor.Event(FloorEventKind.Start, 0, 60)]);

        // The report took two seconds over a slow link; the finish, tapped a tenth of a second later, went out at once.
        var report = floor.Event(FloorEventKind.Report, 0, 61, good: 5);
        var finish = floor.Event(FloorEventKind.Finish, 0, 61) with { CapturedAt = report.CapturedAt!.Value.AddMilliseconds(100) };
        (await floor.BatchAsync([report], sentAt: _app.Clock.Now.AddSeconds(-2))).Single().Outcome.ShouldBe(FloorEventOutcome.Stored);
        (await floor.BatchAsync([finish], sentAt: _app.Clock.Now)).Single().Outcome.ShouldBe(FloorEventOutcome.Stored);

        await using var db = database.CreateContext();
        var step = await db.WorkOrderSteps.IgnoreQueryFilters().SingleAsync(s => s.Id == floor.Step(0));
        step.State.ShouldBe(StepState.Finished);
        step.GoodQuantity.ShouldBe(5);
    }

    [Fact]
    public async Task A_worker_may_capture_but_still_may_not_edit_work_orders()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);

        var start = await floor.SendAsync(floor.Event(FloorEventKind.Start, 0, 5));
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/work-orders/{floor.Order.Id}") { Content = JsonContent.Create(new { dueDate = "2026-12-24" }) };
        edit.Headers.Add("X-Worker-Session", floor.Session);
        var edited = await floor.Tablet.SendAsync(edit);

        start.StatusCode.ShouldBe(HttpStatusCode.Created);
        edited.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Downtime_starts_and_ends_by_the_start_events_id()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var started = new FloorEvent(Guid.CreateVersion7(), FloorEventKind.DowntimeStart, TestWorkshop.Now.AddMinutes(10), DowntimeReasonId: floor.Reason.Id, WorkstationId: floor.Shop.Cutting.Id);
        var ended = new FloorEvent(Guid.CreateVersion7(), FloorEventKind.DowntimeEnd, TestWorkshop.Now.AddMinutes(25), DowntimeStartId: started.Id);

        var results = await floor.BatchAsync([started, ended, ended]);

        results.Select(r => r.Outcome).ShouldBe([FloorEventOutcome.Stored, FloorEventOutcome.Stored, FloorEventOutcome.Duplicate]);
        await using var db = database.CreateContext();
        var downtime = await db.Downtimes.IgnoreQueryFilters().SingleAsync();
        downtime.Duration(_app.Clock.Now).ShouldBe(TimeSpan.FromMinutes(15));
        downtime.WorkerId.ShouldBe(floor.Shop.Worker.Id);
    }

    [Theory]
    [InlineData("""{"id":"{id}","kind":"Report","capturedAt":"{at}","stepId":"{step}","good":-1}""", "floor_event.quantity_negative")]
    [InlineData("""{"id":"{id}","kind":"Report","capturedAt":"{at}","stepId":"{step}","good":100000000000000000}""", "floor_event.quantity_too_large")]
    [InlineData("""{"id":"{id}","kind":"Report","capturedAt":"{at}","stepId":"{step}","scrap":2}""", "production_event.scrap_needs_defect_code")]
    [InlineData("""{"id":"{id}","kind":"Report","capturedAt":"{at}","stepId":"{step}","scrap":2,"defectCodeId":"{id}"}""", "floor_event.defect_code_unknown")]
    [InlineData("""{"id":"{id}","kind":99,"capturedAt":"{at}","stepId":"{step}"}""", "floor_event.kind_unknown")]
    [InlineData("""{"id":"{id}","kind":"Start","stepId":"{step}"}""", "floor_event.captured_at_required")]
    [InlineData("""{"id":"{id}","kind":"Start","capturedAt":"2026-11-11T09:00:00+09:00","stepId":"{step}"}""", "production_event.captured_in_future")]
    [InlineData("""{"id":"{id}","kind":"Start","capturedAt":"{at}"}""", "production_event.step_not_found")]
    [InlineData("""{"id":"{id}","kind":"Pause","capturedAt":"{at}","stepId":"{step}"}""", "production_event.pause_reason_required")]
    [InlineData("""{"id":"{id}","kind":"DowntimeEnd","capturedAt":"{at}","downtimeStartId":"{id}"}""", "floor_event.downtime_unknown")]
    public async Task Bad_events_are_refused_with_their_code_and_kept_for_the_owner(string template, string code)
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var id = Guid.CreateVersion7();
        var json = template.Replace("{id}", id.ToString()).Replace("{at}", "2026-11-10T09:30:00+09:00").Replace("{step}", floor.Step(0).ToString());

        var response = await floor.Tablet.PostAsync(FloorCapture.Events, JsonContent.Create(JsonDocument.Parse($$"""{"workerSession":"{{floor.Session}}","event":{{json}}}""").RootElement));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        await using var db = database.CreateContext();
        (await db.RefusedEvents.IgnoreQueryFilters().SingleAsync()).Code.ShouldBe(code);
        (await db.ProductionEvents.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_batch_of_more_than_500_events_or_an_event_without_an_id_is_a_bad_request()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);

        var tooMany = await floor.Tablet.PostAsJsonAsync(
            $"{FloorCapture.Events}/batch", new FloorEventBatch(floor.Session, _app.Clock.Now, [.. Enumerable.Range(0, 501).Select(i => floor.Event(FloorEventKind.Report, 0, 10, good: 1))]), ApiJson.Options);
        var noId = await floor.SendAsync(floor.Event(FloorEventKind.Start, 0, 5) with { Id = null });
        var unreadable = await floor.Tablet.PostAsync(FloorCapture.Events, new StringContent("""{"event":{"kind":"Dance"}}""", System.Text.Encoding.UTF8, "application/json"));

        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("events")[0].GetString().ShouldBe("한 번에 500건까지 보낼 수 있습니다.");
        noId.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noId.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("floor_event.id_required");
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = database.CreateContext();
        (await db.ProductionEvents.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
        (await db.RefusedEvents.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    private static Task<WorkOrderStep> StepAsync(Infrastructure.Database.MesDbContext db, Guid stepId) =>
        db.WorkOrderSteps.IgnoreQueryFilters().SingleAsync(s => s.Id == stepId);
}
