using System.Text.RegularExpressions;

namespace Workshop.Mes.Infrastructure.Database.Embedded;

/// <summary>
/// The PostgreSQL server binaries to use: <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c> from one real folder.
/// </summary>
internal sealed partial class PostgresBinaries
{
    public const int MinimumMajorVersion = 15;

    private static readonly string[] _toolNames = ["initdb", "pg_ctl", "postgres"];

    private PostgresBinaries(string folder, string version, int majorVersion)
    {
        Folder = folder;
        Version = version;
        MajorVersion = majorVersion;
    }

    public string Folder { get; }

    public string Version { get; }

    public int MajorVersion { get; }

    public string InitDb => Path.Combine(Folder, ExecutableName("initdb"));

    public string PgCtl => Path.Combine(Folder, ExecutableName("pg_ctl"));

    public string Postgres => Path.Combine(Folder, ExecutableName("postgres"));

    /// <summary>
    /// Finds the binaries: the configured folder only, else <see cref="EmbeddedPostgresOptions.SearchPaths"/>,
    /// else <see cref="DefaultSearchPaths"/>. Throws <see cref="PostgresBinariesNotFoundException"/> when none fit.
    /// </summary>
    public static async Task<PostgresBinaries> LocateAsync(EmbeddedPostgresOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = string.IsNullOrWhiteSpace(options.BinariesPath) ? null : options.BinariesPath;
        IReadOnlyList<string> candidates = configured is not null ? [configured] : options.SearchPaths ?? DefaultSearchPaths();

        var refused = new List<string>();
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var folder = RealFolderOf(candidate);
            if (folder is null || !tried.Add(folder))
            {
                continue;
            }

            var binaries = await ReadVersionAsync(folder, refused, cancellationToken);
            if (binaries is not null)
            {
                return binaries;
            }
        }

        throw PostgresBinariesNotFoundException.Create(configured, candidates, refused);
    }

    /// <summary>
    /// Every folder on PATH, then the usual install locations of Debian/Ubuntu, source builds, Homebrew and Postgres.app.
    /// </summary>
    public static IReadOnlyList<string> DefaultSearchPaths()
    {
        var folders = new List<string>();
        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        folders.AddRange(VersionedFolders("/usr/lib/postgresql", string.Empty));
        folders.Add("/usr/local/pgsql/bin");
        folders.AddRange(VersionedFolders("/opt/homebrew/opt", "postgresql@"));
        folders.AddRange(VersionedFolders("/usr/local/opt", "postgresql@"));
        folders.Add("/opt/homebrew/bin");
        folders.Add("/Applications/Postgres.app/Contents/Versions/latest/bin");
        return folders.Distinct(StringComparer.Ordinal).ToList();
    }

    private static async Task<PostgresBinaries?> ReadVersionAsync(
        string folder, List<string> refused, CancellationToken cancellationToken)
    {
        var pgCtl = Path.Combine(folder, ExecutableName("pg_ctl"));
        string output;
        try
        {
            var result = await ProcessRunner.RunAsync(new ExternalCommand(pgCtl, ["--version"]), TimeSpan.FromSeconds(10), cancellationToken);
            output = result.EnsureSuccess().StandardOutput.Trim();
        }
        catch (InvalidOperationException ex)
        {
            refused.Add($"{folder} (pg_ctl --version failed: {ex.Message})");
            return null;
        }

        var match = VersionPattern().Match(output);
        if (!match.Success)
        {
            refused.Add($"{folder} (unrecognised version: '{output}')");
            return null;
        }

        var major = int.Parse(match.Groups["major"].Value);
        var version = match.Groups["version"].Value;
        if (major < MinimumMajorVersion)
        {
            refused.Add($"{folder} (PostgreSQL {version} is too old)");
            return null;
        }

        return new PostgresBinaries(folder, version, major);
    }

    /// <summary>
    /// The real folder behind <paramref name="candidate"/>'s pg_ctl when it holds all three tools;
    /// pg_ctl and initdb find <c>postgres</c> next to their resolved path, so that folder is the one to use.
    /// </summary>
    private static string? RealFolderOf(string candidate)
    {
        try
        {
            var pgCtl = new FileInfo(Path.Combine(Path.GetFullPath(candidate), ExecutableName("pg_ctl")));
            if (!pgCtl.Exists)
            {
                return null;
            }

            var realPath = pgCtl.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? pgCtl.FullName;
            var folder = Path.GetDirectoryName(realPath);
            return folder is not null && _toolNames.All(tool => IsExecutable(Path.Combine(folder, ExecutableName(tool))))
                ? folder
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & anyExecute) != 0;
    }

    private static IEnumerable<string> VersionedFolders(string parent, string prefix)
    {
        if (!Directory.Exists(parent))
        {
            return [];
        }

        // Highest major version first, so a newer install wins over an older one left behind.
        return Directory.EnumerateDirectories(parent, prefix + "*")
            .Select(directory => (directory, version: ParseVersion(Path.GetFileName(directory)[prefix.Length..])))
            .OrderByDescending(entry => entry.version)
            .Select(entry => Path.Combine(entry.directory, "bin"));
    }

    private static Version ParseVersion(string text) =>
        System.Version.TryParse(text.Contains('.', StringComparison.Ordinal) ? text : text + ".0", out var version)
            ? version
            : new Version(0, 0);

    private static string ExecutableName(string tool) => OperatingSystem.IsWindows() ? tool + ".exe" : tool;

    [GeneratedRegex(@"\(PostgreSQL\)\s+(?<version>(?<major>\d+)\S*)")]
    private static partial Regex VersionPattern();
}
