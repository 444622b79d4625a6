using Serilog;

namespace Workshop.Mes.Web.Hosting;

internal static class LoggingHosting
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section of configuration; levels live there, not in code. Each host logs through
    /// its own logger, never the static one, so hosts sharing a process (the tests) do not write into each other's sinks.
    /// </summary>
    public static void AddMesLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);

    /// <summary>One line per request with its final status.</summary>
    public static void UseMesRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
}
