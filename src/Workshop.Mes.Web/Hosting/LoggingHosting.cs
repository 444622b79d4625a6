using Serilog;

namespace Workshop.Mes.Web.Hosting;

internal static class LoggingHosting
{
    /// <summary>Serilog from the <c>Serilog</c> section of configuration; levels live there, not in code.</summary>
    public static void AddMesLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
}
