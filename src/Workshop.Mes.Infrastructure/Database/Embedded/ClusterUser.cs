using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Workshop.Mes.Infrastructure.Database.Embedded;

/// <summary>Where a cluster lives and where its server log goes.</summary>
internal sealed record ClusterLayout(string ClusterFolder, string LogFile)
{
    public string ParentFolder => Path.GetDirectoryName(ClusterFolder)!;
}

/// <summary>
/// The OS user PostgreSQL runs as. As a normal user that is us; as root (which initdb and postgres refuse)
/// it is an unprivileged user reached through <c>runuser</c> (or <c>su</c>), who must own the cluster.
/// </summary>
internal sealed class ClusterUser
{
    private const string FallbackRoot = "/var/lib/workshop-mes";
    private static readonly TimeSpan _commandTimeout = TimeSpan.FromSeconds(30);

    private readonly string? _runuser;

    private ClusterUser(bool isRoot, string userName, string? runuser)
    {
        IsRoot = isRoot;
        UserName = userName;
        _runuser = runuser;
    }

    public bool IsRoot { get; }

    /// <summary>The unprivileged user; only used when <see cref="IsRoot"/>.</summary>
    public string UserName { get; }

    public static ClusterUser ForCurrentProcess(string unprivilegedUser)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unprivilegedUser);
        var isRoot = IsRunningAsRoot();
        return new ClusterUser(isRoot, unprivilegedUser, isRoot ? FindRunuser() : null);
    }

    /// <summary>
    /// On Unix <see cref="Environment.IsPrivilegedProcess"/> is exactly <c>geteuid() == 0</c>, without our own P/Invoke;
    /// Windows is excluded because an elevated Windows process has no root restriction to work around.
    /// </summary>
    public static bool IsRunningAsRoot() =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()) && Environment.IsPrivilegedProcess;

    /// <summary>The command that runs <paramref name="fileName"/> as the cluster user.</summary>
    public ExternalCommand Wrap(string fileName, IReadOnlyList<string> arguments)
    {
        if (!IsRoot)
        {
            return new ExternalCommand(fileName, arguments);
        }

        if (_runuser is not null)
        {
            return new ExternalCommand(_runuser, ["-u", UserName, "--", fileName, .. arguments]);
        }

        // Without runuser only su is left, and su takes one shell string: quote every word.
        var shellCommand = string.Join(' ', new[] { fileName }.Concat(arguments).Select(ShellQuote));
        return new ExternalCommand("su", ["-s", "/bin/sh", UserName, "-c", shellCommand]);
    }

    public async Task EnsureUserExistsAsync(CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(new ExternalCommand("id", ["-u", UserName]), _commandTimeout, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"This process runs as root, and PostgreSQL refuses to run as root, so the embedded database runs as the OS user " +
                $"'{UserName}', which does not exist. Create it (sudo useradd --system --create-home {UserName}), " +
                "set Database__Embedded__UnprivilegedUser to an existing unprivileged user, or run the app as a normal user.");
        }
    }

    /// <summary>
    /// <c>&lt;DataFolder&gt;/postgres</c>, unless we are root and the cluster user cannot get into the data folder
    /// (e.g. a clone under /root): then a folder under /var/lib/workshop-mes keyed by the data folder's path.
    /// </summary>
    public async Task<ClusterLayout> PlaceClusterAsync(string dataFolder, ILogger logger, CancellationToken cancellationToken)
    {
        var parent = dataFolder;
        if (IsRoot && !await CanEnterAsync(dataFolder, cancellationToken))
        {
            var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataFolder)))[..16];
            parent = Path.Combine(FallbackRoot, key);
            Directory.CreateDirectory(parent);
            logger.LogInformation(
                "OS user {ClusterUser} cannot reach {DataFolder}, so the PostgreSQL cluster is kept in {ClusterFolder}",
                UserName, dataFolder, Path.Combine(parent, "postgres"));
        }

        return new ClusterLayout(Path.Combine(parent, "postgres"), Path.Combine(parent, "postgres.log"));
    }

    /// <summary>Creates the cluster folder with mode 700 and hands it and the log file to the cluster user.</summary>
    public async Task PrepareClusterFolderAsync(ClusterLayout layout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(layout.ClusterFolder);
        if (!OperatingSystem.IsWindows())
        {
            // postgres refuses a data folder others can read.
            File.SetUnixFileMode(layout.ClusterFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (IsRoot)
        {
            // pg_ctl opens the log as the cluster user, who may not create files in a root-owned data folder.
            await File.AppendAllTextAsync(layout.LogFile, string.Empty, cancellationToken);
            await ChownAsync(layout.LogFile, cancellationToken);
            await ChownAsync(layout.ClusterFolder, cancellationToken);
        }
    }

    /// <summary>Gives <paramref name="path"/> (recursively) to the cluster user; a no-op unless root.</summary>
    public async Task ChownAsync(string path, CancellationToken cancellationToken)
    {
        if (IsRoot)
        {
            var command = new ExternalCommand("chown", ["-R", UserName + ":", path]);
            (await ProcessRunner.RunAsync(command, _commandTimeout, cancellationToken)).EnsureSuccess();
        }
    }

    private async Task<bool> CanEnterAsync(string folder, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(Wrap("test", ["-x", folder]), _commandTimeout, cancellationToken);
        return result.Succeeded;
    }

    private static string? FindRunuser()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
            .Select(folder => Path.Combine(folder, "runuser"))
            .FirstOrDefault(File.Exists);
    }

    private static string ShellQuote(string word) => "'" + word.Replace("'", "'\\''") + "'";
}
