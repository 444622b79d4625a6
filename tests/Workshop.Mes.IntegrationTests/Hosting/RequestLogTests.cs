using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.WorkOrders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Hosting;

/// <summary>
/// What the operator reads in the log: one line per request with the status the client really got, errors only for
/// real failures, and no one-time secret from a link.
/// </summary>
public sealed class RequestLogTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly CapturedLog _log = new();
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("mes-logs-").FullName;

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_dataFolder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Refusals_raised_as_exceptions_are_logged_with_their_own_status_and_no_stack_trace()
    {
        await using var app = new LoggedApp(database, _log, _dataFolder);
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var worker = await app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Worker);
        var completed = shop.CompletedOrder("WO-2611-0001", 10, new DateOnly(2026, 11, 20));
        await shop.SaveAsync(database, completed);

        await ShouldBeLoggedAsAsync(HttpStatusCode.Conflict, $"/api/v1/work-orders/{completed.Id}/cancel", () => WorkOrderApi.ActAsync(owner, completed.Id, "cancel"));
        await ShouldBeLoggedAsAsync(HttpStatusCode.Forbidden, "/api/v1/items", () => worker.PostAsJsonAsync("/api/v1/items", new { code = "SH-01", name = "셔츠", kind = "Product", unit = "ea" }));
        await ShouldBeLoggedAsAsync(HttpStatusCode.BadRequest, $"/api/v1/items/{shop.Fabric.Id}", () => owner.SendAsync(MalformedIfMatch(shop.Fabric.Id)));
        await ShouldBeLoggedAsAsync(HttpStatusCode.NotFound, "/api/v1/locations", () => owner.SendAsync(InWorkshop("no-such-workshop", "/api/v1/locations")));

        _log.Events.Where(e => e.Level >= LogEventLevel.Error || e.Exception is not null).Select(CapturedLog.Text).ShouldBeEmpty();
    }

    [Fact]
    public async Task One_time_links_reach_the_log_without_their_secret()
    {
        await using var app = new LoggedApp(database, _log, _dataFolder, ("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics", "Information"));
        var browser = app.CreateClient();

        using var join = await browser.GetAsync("/join/inv.SECRET-INVITE-7Q2");
        using var pair = await browser.GetAsync("/floor/pair?code=SECRETPAIR");
        await _log.RequestLoggedAsync("/join/");
        await _log.RequestLoggedAsync("/floor/pair");

        var text = string.Join('\n', _log.Events.Select(CapturedLog.Text));
        text.ShouldContain("/join/***");
        text.ShouldContain("code=***");
        text.ShouldNotContain("SECRET");
    }

    [Fact]
    public async Task The_log_file_sits_in_the_data_folder_readable_by_its_owner_only()
    {
        await using (var app = new LoggedApp(database, _log, _dataFolder, ("LogFiles:Enabled", "true")))
        {
            using var join = await app.CreateClient().GetAsync("/join/inv.SECRET-INVITE-7Q2");
            await _log.RequestLoggedAsync("/join/");
        }

        var folder = Path.Combine(_dataFolder, "logs");
        var file = Directory.GetFiles(folder, "*.json").ShouldHaveSingleItem();
        var text = await File.ReadAllTextAsync(file);
        text.ShouldContain("/join/***");
        text.ShouldNotContain("SECRET");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(folder).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private async Task ShouldBeLoggedAsAsync(HttpStatusCode status, string path, Func<Task<HttpResponseMessage>> send)
    {
        using var response = await send();
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());

        var logged = await _log.RequestLoggedAsync(path);

        logged.Properties["StatusCode"].ShouldBe(new ScalarValue((int)status), path);
        logged.Level.ShouldBe(LogEventLevel.Information, path);
        logged.Exception.ShouldBeNull(path);
    }

    private static HttpRequestMessage MalformedIfMatch(Guid itemId)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/items/{itemId}")
        {
            Content = JsonContent.Create(new { code = "FB-01", name = "면 원단", kind = "Material", unit = "yd" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "version-7");
        return request;
    }

    private static HttpRequestMessage InWorkshop(string slug, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Workshop", slug);
        return request;
    }

    /// <summary>The app with the test's sink beside its own, and its data folder in a temporary directory.</summary>
    private sealed class LoggedApp(MesDatabase database, CapturedLog log, string dataFolder, params (string Key, string Value)[] settings) : MesApp(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:DataFolder", dataFolder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(log));
        }
    }
}
