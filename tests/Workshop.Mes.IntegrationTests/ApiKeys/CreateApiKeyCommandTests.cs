using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Web.Features.ApiKeys;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.ApiKeys;

/// <summary><c>create-api-key</c> on the host's command line: the key on the last line, clear refusals with exit code 2.</summary>
public sealed class CreateApiKeyCommandTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_command_prints_a_working_key_on_its_last_line()
    {
        var shop = await TestWorkshop.CreateAsync(database);

        var (exit, output, error) = await RunAsync("create-api-key", "--workshop", shop.Tenant.Slug, "--role", "Consultant", "--name", "월말 보고서");

        exit.ShouldBe(0, error);
        var key = output.TrimEnd().Split('\n')[^1].Trim();
        key.ShouldStartWith("mes.");
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        (await client.GetAsync("/api/v1/work-orders", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = database.CreateContext();
        var stored = await db.ApiKeys.SingleAsync(TestContext.Current.CancellationToken);
        stored.Name.ShouldBe("월말 보고서");
        var audit = await db.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        audit.ActorKind.ShouldBe(ActorKind.System);
        audit.EntityId.ShouldBe(stored.Id);
    }

    [Theory]
    [InlineData("--workshop", "no-such-shop", "--role", "Manager", "no-such-shop")]
    [InlineData("--workshop", "test-garment", "--role", "Boss", "Boss")]
    [InlineData("--workshop", "test-garment", "--role", "Owner", "Owner")]
    [InlineData("--workshop", "test-garment", "", "", "Usage")]
    public async Task Bad_arguments_exit_with_2_and_say_why(string workshopFlag, string workshop, string roleFlag, string role, string mentioned)
    {
        await TestWorkshop.CreateAsync(database);

        var (exit, output, error) = await RunAsync(["create-api-key", workshopFlag, workshop, roleFlag, role]);

        exit.ShouldBe(CreateApiKeyCommand.BadArguments);
        error.ShouldContain(mentioned);
        output.ShouldNotContain("mes.");
        await using var db = database.CreateContext();
        (await db.ApiKeys.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CreateApiKeyCommand.RunAsync(_app.Services, args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
