using System.Security.Cryptography;
using Workshop.Mes.Web.Features.ApiKeys;
using Workshop.Mes.Web.Features.Assessment;
using Workshop.Mes.Web.Features.Dashboard;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// One-shot commands on the host's command line (<c>dotnet Workshop.Mes.Web.dll migrate</c>): they use the
/// same configuration and database as the app, do their work and exit instead of serving.
/// </summary>
internal static class HostCommands
{
    public const string Migrate = "migrate";
    public const string CreateAdmin = "create-admin";

    /// <summary>Where <c>create-admin</c> reads the password; without it one is generated and printed once.</summary>
    public const string AdminPasswordVariable = "MES_ADMIN_PASSWORD";

    public static string? TryGet(string[] args) => args is [Migrate or CreateAdmin or CreateApiKeyCommand.Name or RebuildRollupsCommand.Name or EvaluateStagesCommand.Name, ..] ? args[0] : null;

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
                    await DatabaseHosting.SeedDemoDataAsync(app.Services, CancellationToken.None);
                }

                return 0;
            case CreateAdmin:
                return await CreateAdminAsync(app, args);
            case CreateApiKeyCommand.Name:
                return await CreateApiKeyCommand.RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None);
            case RebuildRollupsCommand.Name:
                return await RebuildRollupsCommand.RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None);
            case EvaluateStagesCommand.Name:
                return await EvaluateStagesCommand.RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None);
            default:
                logger.LogError("Unknown command {Command}", command);
                return 2;
        }
    }

    /// <summary><c>create-admin --email a@b.c --name "Name"</c>: a platform admin, password from the environment or generated.</summary>
    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name");
        if (email is null || name is null)
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email <e-mail> --name <display name>");
            return 2;
        }

        if (app.Services.GetRequiredService<DatabaseMode>().MigrateOnStart)
        {
            await DatabaseHosting.MigrateAsync(app.Services, CancellationToken.None);
        }

        var given = Environment.GetEnvironmentVariable(AdminPasswordVariable);
        var password = string.IsNullOrEmpty(given) ? RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20) : given;
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlatformAdmins>().CreateAsync(name, email, password, password, CancellationToken.None);
        if (!result.IsValid)
        {
            foreach (var (field, messages) in result.Errors)
            {
                await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return 1;
        }

        await Console.Out.WriteLineAsync($"Platform admin {email} created.");
        if (string.IsNullOrEmpty(given))
        {
            // Printed once and never stored: whoever ran the command passes it on or changes it at /account.
            await Console.Out.WriteLineAsync($"Password: {password}");
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
