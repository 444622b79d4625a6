using System.Text;
using Serilog;
using Serilog.Formatting.Compact;
using Serilog.Sinks.File;

namespace Workshop.Mes.Web.Hosting;

internal static class LoggingHosting
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Serilog from the <c>Serilog</c> section of configuration; levels live there, not in code. Each host logs through
    /// its own logger, never the static one, so hosts sharing a process (the tests) do not write into each other's sinks.
    /// </summary>
    public static void AddMesLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger.ForMes(builder).ReadFrom.Services(services), preserveStaticLogger: true);

    /// <summary>
    /// What every logger of the app has, the start-up one included: levels and sinks from configuration, no secrets
    /// from addresses, and the JSON files (<c>LogFiles</c>) in the data folder beside the database, for the owner only.
    /// </summary>
    public static LoggerConfiguration ForMes(this LoggerConfiguration logger, WebApplicationBuilder builder)
    {
        logger.ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.With<SecretRedaction>();
        var files = builder.Configuration.GetSection(LogFileOptions.Section).Get<LogFileOptions>() ?? new LogFileOptions();
        if (files.Enabled)
        {
            var folder = OwnerOnlyLogFolder(DatabaseOptions.Of(builder.Configuration).DataFolderPath(builder.Environment));
            logger.WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(folder, "mes-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: files.RetainedDays,
                hooks: new OwnerOnlyFiles());
        }

        return logger;
    }

    /// <summary>One line per request with its final status.</summary>
    public static void UseMesRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());

    /// <summary>
    /// <c>logs</c> in the data folder, for the owner only; files older versions left readable to others are taken back.
    /// The data folder itself keeps its usual mode: the embedded cluster's OS user must still reach its own folder in it.
    /// </summary>
    private static string OwnerOnlyLogFolder(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "logs");
        Directory.CreateDirectory(dataFolder);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return folder;
        }

        Directory.CreateDirectory(folder, OwnerOnlyFolder);
        File.SetUnixFileMode(folder, OwnerOnlyFolder);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.SetUnixFileMode(file, OwnerOnlyFile);
        }

        return folder;
    }

    /// <summary>Each log file is made readable by its owner only as it opens, before anything is written to it.</summary>
    private sealed class OwnerOnlyFiles : FileLifecycleHooks
    {
        public override Stream OnFileOpened(string path, Stream underlyingStream, Encoding encoding)
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, OwnerOnlyFile);
            }

            return underlyingStream;
        }
    }
}
