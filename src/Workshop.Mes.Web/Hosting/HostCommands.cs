using Workshop.Mes.Web.Features.ApiKeys;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// One-shot commands on the host's command line (<c>dotnet Workshop.Mes.Web.dll migrate</c>): they use the
/// same configuration and database as the app, do their work and exit instead of serving.
/// </summary>
internal static class HostCommands
{
    public const string Migrate = "migrate";

    public static string? TryGet(string[] args) => args is [Migrate or CreateApiKeyCommand.Name, ..] ? args[0] : null;

    public static async Task<int> RunAsync(WebApplication app, string command, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Workshop.Mes.Commands");
        DatabaseHosting.OwnEmbeddedCluster(app.Services);
        switch (command)
        {
            case Migrate:
                var applied = await DatabaseHosting.MigrateAsync(app.Services, CancellationToken.None);
                logger.LogInformation("Database is up to date; {Applied} migrations applied", applied);

                // Demo data is written as the owner, which only this step connects as in a compose deployment.
                if (app.Services.GetRequiredService<DatabaseMode>().SeedDemoData)
                {
                    await app.Services.GetRequiredService<Infrastructure.DemoData.DemoDataSeeder>().SeedIfEmptyAsync(CancellationToken.None);
                }

                return 0;
            case CreateApiKeyCommand.Name:
                return await CreateApiKeyCommand.RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None);
            default:
                logger.LogError("Unknown command {Command}", command);
                return 2;
        }
    }
}
