using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Hosting;

/// <summary>Drives the real exception handler with a broken rule and an unexpected failure.</summary>
public sealed class ExceptionHandlerTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly WebAppWithFailures _app = new(database);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_broken_business_rule_answers_409_with_its_message_in_korean()
    {
        var response = await (await SignedInAsync()).GetAsync("/test/illegal-transition?culture=ko");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("work_order.illegal_transition");
        problem.GetProperty("detail").GetString().ShouldBe("현재 상태(Completed)의 작업지시는 'Cancel' 처리할 수 없습니다.");
    }

    [Fact]
    public async Task An_unexpected_failure_answers_500_and_reveals_nothing_inside()
    {
        var response = await (await SignedInAsync()).GetAsync("/test/crash?culture=en");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("Something went wrong on our side");
        body.ShouldNotContain("secret connection detail");
        body.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task An_unexpected_failure_is_logged_once_as_an_error_with_its_stack_trace_and_its_request_as_500()
    {
        var client = await SignedInAsync();

        (await client.GetAsync("/test/crash")).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);

        var request = await _app.Log.RequestLoggedAsync("/test/crash");
        request.Properties["StatusCode"].ShouldBe(new ScalarValue(500));
        request.Level.ShouldBe(LogEventLevel.Error);
        _app.Log.Events.Where(e => e.Exception is not null).ShouldHaveSingleItem().Exception!.Message.ShouldBe("secret connection detail");
    }

    /// <summary>The test routes sit outside endpoint routing, where only a signed-in person gets through.</summary>
    private async Task<HttpClient> SignedInAsync()
    {
        var user = await TestCredentials.UserAsync(database, $"failures-{Guid.NewGuid():N}@test.example");
        return await _app.SignedInClientAsync(user.Email!);
    }

    private sealed class WebAppWithFailures(MesDatabase database) : MesApp(database)
    {
        public CapturedLog Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingRoutes>().AddSingleton<ILogEventSink>(Log));
        }
    }

    private sealed class FailingRoutes : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/illegal-transition", branch => branch.Run(_ =>
            {
                WorkOrderStateMachine.Apply(WorkOrderStatus.Completed, WorkOrderAction.Cancel);
                return Task.CompletedTask;
            }));
            app.Map("/test/crash", branch => branch.Run(_ => throw new InvalidOperationException("secret connection detail")));
        };
    }
}
