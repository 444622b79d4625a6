using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Tablets;

/// <summary>
/// The PIN and pairing limit on a host of its own that allows three a minute: a tablet's budget is its verified
/// credential however it is spelled, and a credential that does not verify spends the address's budget.
/// Every client of this host comes from the same address.
/// </summary>
public sealed class FloorRateLimitTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private const int Limit = 3;
    private readonly FloorApp _app = FloorApp.WithPinLimit(database, Limit);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_tablet_has_one_budget_whether_it_sends_device_DEVICE_or_its_cookie()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);
        var (otherTablet, _) = await _app.TabletAsync(shop.Tenant.Id, "본봉 태블릿");
        var token = tablet.DefaultRequestHeaders.Authorization!.Parameter!;
        var signIn = new WorkerSignInRequest(shop.Worker.Id, null, "9713");

        var answers = new List<HttpStatusCode>();
        foreach (var scheme in new[] { "Device", "device", "DEVICE" })
        {
            answers.Add((await Bare().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/floor/sessions")
            {
                Headers = { Authorization = new(scheme, token) },
                Content = JsonContent.Create(signIn),
            })).StatusCode);
        }

        var byCookie = await Bare().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/floor/sessions")
        {
            Headers = { { "Cookie", $"mes.device={token}" } },
            Content = JsonContent.Create(signIn),
        });

        answers.ShouldNotContain(HttpStatusCode.TooManyRequests);
        byCookie.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "the cookie is the same tablet, whose three tries are spent");
        (await otherTablet.PostAsJsonAsync("/api/v1/floor/sessions", signIn)).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests, "another tablet has its own budget");
    }

    [Fact]
    public async Task Made_up_device_credentials_spend_the_addresss_pairing_budget()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var wrongCode = new RedeemPairingRequest("ABCD-EFGH");

        var answers = new List<HttpStatusCode>();
        foreach (var madeUp in new[] { "dev.made-up", UnknownDeviceToken(shop), UnknownDeviceToken(shop) })
        {
            answers.Add((await Bare().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/floor/pairings/redeem")
            {
                Headers = { Authorization = new("Device", madeUp) },
                Content = JsonContent.Create(wrongCode),
            })).StatusCode);
        }

        var byCookie = await Bare().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/floor/pairings/redeem")
        {
            Headers = { { "Cookie", $"mes.device={UnknownDeviceToken(shop)}" } },
            Content = JsonContent.Create(wrongCode),
        });

        answers.ShouldAllBe(status => status == HttpStatusCode.BadRequest);
        byCookie.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "a made-up credential is no tablet: the address's three tries are spent");
    }

    /// <summary>A well-formed device credential of the workshop that was never enrolled.</summary>
    private static string UnknownDeviceToken(TestWorkshop shop) => new FloorDevice(shop.Tenant.Id, "가짜 태블릿", TestWorkshop.Now).IssueCredential().Value;

    /// <summary>A client that sends only the headers each request names: no cookie jar.</summary>
    private HttpClient Bare() =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
}
