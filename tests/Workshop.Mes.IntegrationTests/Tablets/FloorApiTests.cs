using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Tablets;

namespace Workshop.Mes.IntegrationTests.Tablets;

/// <summary>The tablet's REST API: pairing, PIN sign-in with lockout, shift-end sessions, sign-out and revocation.</summary>
public sealed class FloorApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync()
    {
        _app.Clock.Now = TestWorkshop.Now;
        return new(database.ResetAsync());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_pairing_code_enrols_the_tablet_once_and_the_tablet_then_sees_its_workers()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var code = await PairAsync(shop);
        var anonymous = _app.Browser();

        var response = await anonymous.PostAsJsonAsync("/api/v1/floor/pairings/redeem", new RedeemPairingRequest(code.Code.ToLowerInvariant().Replace("-", " ")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redeemed = (await response.Content.ReadFromJsonAsync<RedeemedPairing>())!;
        redeemed.WorkshopName.ShouldBe("테스트 봉제공방");
        var tablet = _app.Browser();
        tablet.DefaultRequestHeaders.Authorization = new("Device", redeemed.DeviceToken);
        var workers = await tablet.GetFromJsonAsync<List<FloorWorkerTile>>("/api/v1/floor/workers");
        workers!.Select(w => w.DisplayName).ShouldBe(["김미숙"]);

        var again = await anonymous.PostAsJsonAsync("/api/v1/floor/pairings/redeem", new RedeemPairingRequest(code.Code));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(again)).GetProperty("code").GetString().ShouldBe("pairing.used");
        await using var db = database.CreateContext();
        (await db.FloorDevices.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Eight_tablets_typing_one_pairing_code_at_once_enrol_only_one()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var code = await PairAsync(shop);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _app.Browser().PostAsJsonAsync("/api/v1/floor/pairings/redeem", new RedeemPairingRequest(code.Code))));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe("pairing.used");
        }

        await using var db = database.CreateContext();
        (await db.FloorDevices.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task An_expired_pairing_code_is_refused()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var code = await PairAsync(shop);
        _app.Clock.Now += DevicePairing.Lifetime;

        var response = await _app.Browser().PostAsJsonAsync("/api/v1/floor/pairings/redeem", new RedeemPairingRequest(code.Code));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("pairing.expired");
        problem.GetProperty("detail").GetString().ShouldBe("연결 코드가 만료되었습니다. 새 코드를 만들어 주세요.");
    }

    [Theory]
    [InlineData("ABCD-EFGH")]
    [InlineData("12")]
    [InlineData("")]
    public async Task A_wrong_or_malformed_code_is_a_400_on_the_code_field(string typed)
    {
        await TestWorkshop.CreateAsync(database);

        var response = await _app.Browser().PostAsJsonAsync("/api/v1/floor/pairings/redeem", new RedeemPairingRequest(typed));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(response)).GetProperty("errors").GetProperty("code")[0].GetString().ShouldBe("올바른 연결 코드가 아닙니다.");
    }

    [Fact]
    public async Task A_worker_signs_in_with_their_pin_until_the_end_of_the_shift_and_can_read_work_orders()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);

        var session = await SignInAsync(tablet, new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin));

        session.WorkerName.ShouldBe("김미숙");
        session.EndsAt.ShouldBe(new DateTimeOffset(2026, 11, 10, 19, 0, 0, TimeSpan.FromHours(9)));
        var orders = await Send(tablet, HttpMethod.Get, "/api/v1/work-orders", session.SessionToken);
        orders.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_badge_scan_signs_in_like_a_name_tap()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);

        var session = await SignInAsync(tablet, new WorkerSignInRequest(null, " W001 ", FloorApp.Pin));

        session.WorkerId.ShouldBe(shop.Worker.Id);
    }

    [Fact]
    public async Task A_wrong_pin_says_how_many_tries_are_left_and_the_fifth_locks_for_fifteen_minutes()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);
        var wrong = new WorkerSignInRequest(shop.Worker.Id, null, "9713");

        var first = await tablet.PostAsJsonAsync("/api/v1/floor/sessions", wrong);

        first.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(first);
        problem.GetProperty("remainingAttempts").GetInt32().ShouldBe(4);
        problem.GetProperty("errors").GetProperty("pin")[0].GetString().ShouldBe("PIN이 틀렸습니다. 4번 더 시도할 수 있습니다.");

        for (var i = 0; i < 3; i++)
        {
            (await tablet.PostAsJsonAsync("/api/v1/floor/sessions", wrong)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var fifth = await tablet.PostAsJsonAsync("/api/v1/floor/sessions", wrong);
        fifth.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(fifth)).GetProperty("lockedMinutes").GetInt32().ShouldBe(15);

        // Locked: even the right PIN is refused until the lockout ends.
        _app.Clock.Now += TimeSpan.FromMinutes(10);
        var locked = await tablet.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin));
        locked.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var lockedProblem = await ProblemAsync(locked);
        lockedProblem.GetProperty("code").GetString().ShouldBe("pin.locked");
        lockedProblem.GetProperty("detail").GetString().ShouldBe("PIN을 여러 번 틀려 잠겼습니다. 5분 후에 다시 시도해 주세요.");

        _app.Clock.Now += TimeSpan.FromMinutes(5);
        (await SignInAsync(tablet, new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin))).WorkerName.ShouldBe("김미숙");
    }

    [Fact]
    public async Task Twenty_wrong_pins_at_once_from_every_tablet_lock_the_worker_after_five()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var tablets = new List<HttpClient>();
        for (var i = 0; i < 20; i++)
        {
            tablets.Add((await _app.TabletAsync(shop.Tenant.Id, $"태블릿 {i}")).Client);
        }

        var answers = await Task.WhenAll(tablets.Select(t => t.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(shop.Worker.Id, null, "9713"))));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.BadRequest || s == HttpStatusCode.Conflict);
        answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest).ShouldBe(PinPolicy.AttemptsBeforeLockout - 1, "wrong PINs answered before the fifth locked");
        var locked = await tablets[0].PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin));
        locked.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(locked)).GetProperty("code").GetString().ShouldBe("pin.locked");
    }

    [Fact]
    public async Task The_right_pin_typed_on_several_tablets_at_once_signs_in_on_each()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var tablets = new List<HttpClient>();
        for (var i = 0; i < 8; i++)
        {
            tablets.Add((await _app.TabletAsync(shop.Tenant.Id, $"태블릿 {i}")).Client);
        }

        // One wrong PIN first, so every right one has a failure count to clear.
        (await tablets[0].PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(shop.Worker.Id, null, "9713"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var answers = await Task.WhenAll(tablets.Select(t => t.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin))));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK);
        await using var db = database.CreateContext();
        (await db.WorkerSessions.CountAsync()).ShouldBe(8);
    }

    [Fact]
    public async Task A_deactivated_worker_cannot_sign_in_and_their_running_session_ends()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);
        var session = await SignInAsync(tablet, new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin));
        await using (var db = database.CreateContext())
        {
            (await db.Workers.SingleAsync()).Deactivate();
            await db.SaveChangesAsync();
        }

        (await tablet.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Send(tablet, HttpMethod.Get, "/api/v1/work-orders", session.SessionToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await tablet.GetFromJsonAsync<List<FloorWorkerTile>>("/api/v1/floor/workers"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_worker_without_a_pin_is_told_to_ask_the_owner()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);

        var response = await tablet.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(shop.Worker.Id, null, "2580"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("pin.not_set");
    }

    [Fact]
    public async Task The_session_ends_at_the_end_of_the_shift()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);
        var session = await SignInAsync(tablet, new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin));

        _app.Clock.Now = session.EndsAt.AddMinutes(-1);
        (await Send(tablet, HttpMethod.Get, "/api/v1/work-orders", session.SessionToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        _app.Clock.Now = session.EndsAt;
        (await Send(tablet, HttpMethod.Get, "/api/v1/work-orders", session.SessionToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_at_once()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);
        var session = await SignInAsync(tablet, new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin));

        (await Send(tablet, HttpMethod.Delete, "/api/v1/floor/sessions/current", session.SessionToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Send(tablet, HttpMethod.Get, "/api/v1/work-orders", session.SessionToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var db = database.CreateContext();
        (await db.WorkerSessions.SingleAsync()).EndedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_revoked_tablet_is_refused_on_its_next_request_and_its_sessions_end()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var (tablet, deviceId) = await _app.TabletAsync(shop.Tenant.Id);
        var session = await SignInAsync(tablet, new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin));

        (await _app.Service<TabletService>().RevokeAsync(FloorApp.Owner(shop), deviceId, CancellationToken.None)).ShouldBeTrue();

        (await tablet.GetAsync("/api/v1/floor/workers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Send(tablet, HttpMethod.Get, "/api/v1/work-orders", session.SessionToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var db = database.CreateContext();
        (await db.WorkerSessions.SingleAsync()).EndedAt.ShouldNotBeNull();
        (await _app.Service<TabletService>().ListAsync(FloorApp.Owner(shop), CancellationToken.None)).Single().IsRevoked.ShouldBeTrue();
    }

    [Fact]
    public async Task Another_workshops_worker_and_tablet_do_not_exist_here()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        await _app.SetPinAsync(theirs.Worker.Id);
        var (ourTablet, _) = await _app.TabletAsync(ours.Tenant.Id);
        var (_, theirDevice) = await _app.TabletAsync(theirs.Tenant.Id);

        var response = await ourTablet.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(theirs.Worker.Id, null, FloorApp.Pin));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _app.Service<TabletService>().RevokeAsync(FloorApp.Owner(ours), theirDevice, CancellationToken.None)).ShouldBeFalse();
        await using var db = database.CreateContext();
        (await db.FloorDevices.SingleAsync(d => d.Id == theirDevice)).IsRevoked.ShouldBeFalse();
    }

    [Fact]
    public async Task A_session_token_is_good_only_on_the_tablet_it_was_issued_on()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);
        var (otherTablet, _) = await _app.TabletAsync(shop.Tenant.Id, "본봉 태블릿");
        var session = await SignInAsync(tablet, new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin));

        (await Send(otherTablet, HttpMethod.Get, "/api/v1/work-orders", session.SessionToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_in_input_is_checked_field_by_field()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);

        var response = await tablet.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(null, null, "12a"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        errors.GetProperty("workerId")[0].GetString().ShouldBe("이름을 누르거나 사원증을 스캔해 주세요.");
        errors.GetProperty("pin")[0].GetString().ShouldBe("PIN은 4~8자리 숫자입니다.");
    }

    [Fact]
    public async Task Tablet_endpoints_refuse_a_malformed_device_credential()
    {
        var client = _app.Browser();
        client.DefaultRequestHeaders.Authorization = new("Device", "dev.not-a-token.x");

        (await client.GetAsync("/api/v1/floor/workers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<TabletPairingCode> PairAsync(TestWorkshop shop) =>
        (await _app.Service<TabletService>().PairAsync(FloorApp.Owner(shop), new PairTabletRequest("재단대 태블릿"), new Uri("https://localhost/"), CancellationToken.None)).Code;

    private static async Task<WorkerSessionStarted> SignInAsync(HttpClient tablet, WorkerSignInRequest request)
    {
        var response = await tablet.PostAsJsonAsync("/api/v1/floor/sessions", request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<WorkerSessionStarted>())!;
    }

    private static Task<HttpResponseMessage> Send(HttpClient tablet, HttpMethod method, string path, string sessionToken)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Worker-Session", sessionToken);
        return tablet.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
}
