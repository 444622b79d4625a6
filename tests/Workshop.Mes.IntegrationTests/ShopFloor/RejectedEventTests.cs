using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.ShopFloor;

/// <summary>The owner's list of refused floor events: re-assigned to the right step or dismissed with a reason, never dropped.</summary>
public sealed class RejectedEventTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private const string Rejected = "/api/v1/shop-floor/rejected-events";
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_report_sent_to_the_wrong_step_is_listed_and_re_assigned_to_the_right_one_once()
    {
        var (floor, owner, refused) = await RefusedAsync();

        refused.ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(RejectedEventStatus.Open),
            r => r.Kind.ShouldBe(FloorEventKind.Report),
            r => r.WorkOrderNumber.ShouldBe("WO-2611-0001"),
            r => r.Sequence.ShouldBe(2),
            r => r.Good.ShouldBe(3),
            r => r.WorkerName.ShouldBe("김미숙"),
            r => r.DeviceName.ShouldBe("재단대 태블릿"),
            r => r.Code.ShouldBe("production_event.illegal_for_step"));

        var reassigned = await owner.PostAsJsonAsync($"{Rejected}/{refused.Id}/reassign", new ReassignRejectedEventRequest(floor.Step(0)));

        reassigned.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reassigned.Content.ReadFromJsonAsync<FloorEventResult>(ApiJson.Options))!.Outcome.ShouldBe(FloorEventOutcome.Stored);
        var after = (await owner.GetFromJsonAsync<List<RejectedFloorEvent>>(Rejected, ApiJson.Options))!.Single();
        after.Status.ShouldBe(RejectedEventStatus.Reassigned);
        after.Resolution.ShouldBe("WO-2611-0001 · 1 재단에 다시 기록함");
        var again = await owner.PostAsJsonAsync($"{Rejected}/{refused.Id}/reassign", new ReassignRejectedEventRequest(floor.Step(0)));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("refused_event.resolved");
        await using var db = database.CreateContext();
        var step = await db.WorkOrderSteps.IgnoreQueryFilters().SingleAsync(s => s.Id == floor.Step(0));
        step.GoodQuantity.ShouldBe(3);
        var recorded = await db.ProductionEvents.IgnoreQueryFilters().Where(e => e.WorkOrderStepId == floor.Step(0)).OrderBy(e => e.CapturedAt).LastAsync();
        (recorded.WorkerId, recorded.CapturedAt).ShouldBe((floor.Shop.Worker.Id, TestWorkshop.Now.AddMinutes(20)));
    }

    [Fact]
    public async Task Dismissing_needs_a_reason_and_is_in_the_audit_trail()
    {
        var (_, owner, refused) = await RefusedAsync();

        var noReason = await owner.PostAsJsonAsync($"{Rejected}/{refused.Id}/dismiss", new DismissRejectedEventRequest("  "));
        var dismissed = await owner.PostAsJsonAsync($"{Rejected}/{refused.Id}/dismiss", new DismissRejectedEventRequest("작업자가 잘못 누름"));

        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        dismissed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await dismissed.Content.ReadFromJsonAsync<RejectedFloorEvent>(ApiJson.Options))!;
        (view.Status, view.Resolution).ShouldBe((RejectedEventStatus.Dismissed, "작업자가 잘못 누름"));
        await using var db = database.CreateContext();
        (await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.EntityType == "RefusedEvent" && a.EntityId == refused.Id)).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Bad_owner_requests_name_the_field_or_are_not_found()
    {
        var (floor, owner, refused) = await RefusedAsync();

        var noStep = await owner.PostAsJsonAsync($"{Rejected}/{refused.Id}/reassign", new ReassignRejectedEventRequest(null));
        var unknownStep = await owner.PostAsJsonAsync($"{Rejected}/{refused.Id}/reassign", new ReassignRejectedEventRequest(Guid.CreateVersion7()));
        var unknown = await owner.PostAsJsonAsync($"{Rejected}/{Guid.CreateVersion7()}/dismiss", new DismissRejectedEventRequest("중복"));
        var tooLong = await owner.PostAsJsonAsync($"{Rejected}/{refused.Id}/dismiss", new DismissRejectedEventRequest(new string('가', 1001)));
        var worker = await floor.Tablet.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{Rejected}/{refused.Id}/dismiss")
        {
            Content = JsonContent.Create(new DismissRejectedEventRequest("중복")),
            Headers = { { "X-Worker-Session", floor.Session } },
        });

        noStep.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknownStep.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        worker.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.GetFromJsonAsync<List<RejectedFloorEvent>>(Rejected, ApiJson.Options))!.Single().Status.ShouldBe(RejectedEventStatus.Open);
    }

    /// <summary>김미숙 starts cutting and reports three good on sewing, which has not started: refused.</summary>
    private async Task<(FloorCapture Floor, HttpClient Owner, RejectedFloorEvent Refused)> RefusedAsync()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var results = await floor.BatchAsync([floor.Event(FloorEventKind.Start, 0, 5), floor.Event(FloorEventKind.Report, 1, 20, good: 3)]);
        results[1].Outcome.ShouldBe(FloorEventOutcome.Rejected);
        var owner = await _app.MemberClientAsync(floor.Stock.Id, WorkshopRole.Owner);
        var list = (await owner.GetFromJsonAsync<List<RejectedFloorEvent>>(Rejected, ApiJson.Options))!;
        return (floor, owner, list.Single());
    }
}
