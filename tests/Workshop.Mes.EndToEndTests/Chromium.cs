namespace Workshop.Mes.EndToEndTests;

/// <summary>The operating system's Chromium, which Playwright drives instead of a browser build of its own.</summary>
internal static class Chromium
{
    public const string ExecutableVariable = "MES_CHROMIUM";

    private static readonly string[] _knownLocations = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>
    /// Headless flags for a closed network: Chromium's own background connections (updates, sync, QUIC probes)
    /// are refused here and only slow it down; running as root needs --no-sandbox.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{ExecutableVariable} is set to '{configured}', but no file is there.");
        }

        return _knownLocations.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"No Chromium found (looked at {string.Join(", ", _knownLocations)}). The end-to-end tests drive the operating " +
                $"system's Chromium: run the README's test command (./test.sh), which installs it, or set {ExecutableVariable} " +
                "to a Chromium or Chrome executable.");
    }
}
