using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Workshop.Mes.Infrastructure.Database.Embedded;

/// <summary>
/// A private PostgreSQL cluster in the app's data folder, initialised on first use and started with
/// <c>pg_ctl</c>. A second process on the same data folder attaches to the running server instead of starting one.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string SuperUser = "workshop_mes";
    private static readonly TimeSpan _lockTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan _initDbTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan _pgCtlTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan _attachTimeout = TimeSpan.FromSeconds(20);

    private readonly PostgresBinaries _binaries;
    private readonly ClusterUser _user;
    private readonly ClusterLayout _layout;
    private readonly string _password;
    private readonly ILogger _logger;
    private readonly Lock _stopGate = new();
    private Task? _stopTask;
    private string? _serverPid;

    private EmbeddedPostgres(PostgresBinaries binaries, ClusterUser user, ClusterLayout layout, string password, ILogger logger)
    {
        _binaries = binaries;
        _user = user;
        _layout = layout;
        _password = password;
        _logger = logger;
    }

    /// <summary>Connection string for the app database, as the superuser of the private cluster.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The TCP port the server listens on at 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>False when another process had already started the cluster and we attached to it.</summary>
    public bool StartedByThisProcess { get; private set; }

    /// <summary>
    /// Finds the binaries (throwing <see cref="PostgresBinariesNotFoundException"/> before touching the disk),
    /// then initialises the cluster if needed, starts it or attaches to it, and creates the database if missing.
    /// </summary>
    public static async Task<EmbeddedPostgres> StartAsync(
        EmbeddedPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Database);

        var stopwatch = Stopwatch.StartNew();
        var binaries = await PostgresBinaries.LocateAsync(options, cancellationToken);
        var user = ClusterUser.ForCurrentProcess(options.UnprivilegedUser);
        if (user.IsRoot)
        {
            await user.EnsureUserExistsAsync(cancellationToken);
        }

        var dataFolder = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(dataFolder);

        // Two processes on one data folder (app + migrate) must never initialise or start the cluster together.
        await using var folderLock = await AcquireLockAsync(Path.Combine(dataFolder, "postgres.lock"), dataFolder, logger, cancellationToken);
        var layout = await user.PlaceClusterAsync(dataFolder, logger, cancellationToken);
        var initialised = File.Exists(Path.Combine(layout.ClusterFolder, "PG_VERSION"));
        var password = await ReadOrCreatePasswordAsync(Path.Combine(dataFolder, "postgres.password"), initialised, cancellationToken);
        var postgres = new EmbeddedPostgres(binaries, user, layout, password, logger);

        var runningPort = initialised ? await postgres.FindRunningServerPortAsync(cancellationToken) : null;
        if (runningPort is int port)
        {
            logger.LogInformation(
                "Attached to the PostgreSQL server another process started for {DataFolder} on port {Port}", dataFolder, port);
        }
        else
        {
            if (!initialised)
            {
                await postgres.InitialiseAsync(cancellationToken);
            }
            else
            {
                postgres.EnsureClusterMatchesBinaries();
            }

            postgres.Port = options.Port == 0 ? FindFreePort() : options.Port;
            await postgres.StartServerAsync(cancellationToken);
            postgres.StartedByThisProcess = true;
        }

        try
        {
            await postgres.EnsureDatabaseAsync(options.Database, cancellationToken);
        }
        catch
        {
            await postgres.StopAsync(CancellationToken.None);
            throw;
        }

        logger.LogInformation(
            "Embedded PostgreSQL {Version} ready for {DataFolder} on port {Port} in {ElapsedMs} ms",
            binaries.Version, dataFolder, postgres.Port, stopwatch.ElapsedMilliseconds);
        return postgres;
    }

    /// <summary>Stops the server if this process started it; safe to call more than once, never throws.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        lock (_stopGate)
        {
            return _stopTask ??= StopServerAsync(cancellationToken);
        }
    }

    /// <inheritdoc cref="StopAsync"/>
    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        _logger.LogInformation("Creating PostgreSQL cluster in {ClusterFolder}", _layout.ClusterFolder);
        await _user.PrepareClusterFolderAsync(_layout, cancellationToken);

        // initdb runs as the cluster user, who cannot read the root-owned password file: hand it a private copy.
        var passwordFile = Path.Combine(_layout.ParentFolder, "postgres.initdb-password");
        await WritePrivateFileAsync(passwordFile, _password, cancellationToken);
        try
        {
            await _user.ChownAsync(passwordFile, cancellationToken);
            var result = await RunInitDbAsync(passwordFile, "--locale=C.UTF-8", cancellationToken);
            if (!result.Succeeded && result.StandardError.Contains("locale", StringComparison.OrdinalIgnoreCase))
            {
                // Some systems (macOS) lack C.UTF-8; initdb has already emptied the folder, so just retry.
                _logger.LogWarning("initdb could not use locale C.UTF-8, retrying without a locale: {Error}", result.StandardError.Trim());
                result = await RunInitDbAsync(passwordFile, "--no-locale", cancellationToken);
            }

            result.EnsureSuccess();
        }
        finally
        {
            File.Delete(passwordFile);
        }

        _logger.LogInformation("Created PostgreSQL cluster in {ClusterFolder} in {ElapsedMs} ms", _layout.ClusterFolder, stopwatch.ElapsedMilliseconds);
    }

    private Task<ProcessResult> RunInitDbAsync(string passwordFile, string localeArgument, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "-D", _layout.ClusterFolder, "--username=" + SuperUser, "--pwfile=" + passwordFile,
            "--auth=scram-sha-256", "--encoding=UTF8", localeArgument, "--no-instructions",
        ];
        return ProcessRunner.RunAsync(_user.Wrap(_binaries.InitDb, arguments), _initDbTimeout, cancellationToken);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        await _user.PrepareClusterFolderAsync(_layout, cancellationToken);
        var serverOptions = string.Join(' ',
            "-c listen_addresses=127.0.0.1",
            $"-c port={Port}",
            // No unix socket: long paths and folder permissions make it fail more often than it helps.
            "-c unix_socket_directories=''",
            "-c max_connections=200",
            "-c shared_buffers=128MB",
            "-c fsync=on");
        string[] arguments = ["start", "-w", "-t", "60", "-D", _layout.ClusterFolder, "-l", _layout.LogFile, "-o", serverOptions];

        // pg_ctl starts the server in its own session, so Ctrl+C reaches only the app, which then stops it.
        var result = await ProcessRunner.RunAsync(_user.Wrap(_binaries.PgCtl, arguments), _pgCtlTimeout, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.FailureMessage() + LogTail());
        }

        _serverPid = await ReadPostmasterPidLineAsync(0, cancellationToken);
        _logger.LogInformation("Started PostgreSQL cluster {ClusterFolder} on port {Port}", _layout.ClusterFolder, Port);
    }

    private async Task StopServerAsync(CancellationToken cancellationToken)
    {
        if (!StartedByThisProcess)
        {
            return;
        }

        try
        {
            // If our server died and another process started a new one, that one is not ours to stop.
            var currentPid = await ReadPostmasterPidLineAsync(0, cancellationToken);
            if (currentPid is not null && currentPid != _serverPid)
            {
                _logger.LogWarning(
                    "PostgreSQL cluster {ClusterFolder} now runs a server another process started; leaving it running", _layout.ClusterFolder);
                return;
            }

            string[] arguments = ["stop", "-D", _layout.ClusterFolder, "-m", "fast", "-w", "-t", "30"];
            var result = await ProcessRunner.RunAsync(_user.Wrap(_binaries.PgCtl, arguments), _pgCtlTimeout, cancellationToken);
            if (result.Succeeded)
            {
                _logger.LogInformation("Stopped PostgreSQL cluster {ClusterFolder}", _layout.ClusterFolder);
            }
            else
            {
                _logger.LogWarning("Could not stop PostgreSQL cluster {ClusterFolder}: {Error}", _layout.ClusterFolder, result.FailureMessage() + LogTail());
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or IOException)
        {
            // Shutdown must go on: the server stops by itself when the machine does, and the next start copes.
            _logger.LogWarning(ex, "Could not stop PostgreSQL cluster {ClusterFolder}", _layout.ClusterFolder);
        }
    }

    /// <summary>
    /// The port of a server already running on this cluster that answers, or null when none runs.
    /// A just-killed postmaster can linger (unreaped) and still look alive to pg_ctl, so keep asking for a while.
    /// </summary>
    private async Task<int?> FindRunningServerPortAsync(CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var port = await ReadRunningServerPortAsync(cancellationToken);
            if (port is null)
            {
                return null;
            }

            Port = port.Value;
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString());
                await connection.OpenAsync(cancellationToken);
                return port;
            }
            catch (NpgsqlException ex) when (IsTransient(ex) && waited.Elapsed < _attachTimeout)
            {
                _logger.LogDebug("PostgreSQL on port {Port} does not accept connections yet: {Error}", Port, ex.Message);
                await Task.Delay(250, cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                throw new InvalidOperationException(
                    $"A PostgreSQL server is running on cluster {_layout.ClusterFolder} (port {Port}), but connecting to it failed: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Refused or still starting up is worth waiting for; a wrong password is not.</summary>
    private static bool IsTransient(NpgsqlException exception) =>
        exception is not PostgresException postgresException || postgresException.SqlState == PostgresErrorCodes.CannotConnectNow;

    private async Task<int?> ReadRunningServerPortAsync(CancellationToken cancellationToken)
    {
        var status = await ProcessRunner.RunAsync(
            _user.Wrap(_binaries.PgCtl, ["status", "-D", _layout.ClusterFolder]), _pgCtlTimeout, cancellationToken);
        if (!status.Succeeded)
        {
            return null;
        }

        return int.TryParse(await ReadPostmasterPidLineAsync(3, cancellationToken), out var port) ? port : null;
    }

    /// <summary>A line of postmaster.pid (0: pid, 1: data folder, 2: start time, 3: port), or null when there is no server.</summary>
    private async Task<string?> ReadPostmasterPidLineAsync(int index, CancellationToken cancellationToken)
    {
        try
        {
            var lines = await File.ReadAllLinesAsync(Path.Combine(_layout.ClusterFolder, "postmaster.pid"), cancellationToken);
            return lines.Length > index ? lines[index].Trim() : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // CREATE DATABASE takes no parameters; the name is quoted as an identifier instead.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            _logger.LogInformation("Created database {Database}", database);
        }

        ConnectionString = BuildConnectionString(database, pooling: true);
    }

    private void EnsureClusterMatchesBinaries()
    {
        var clusterVersion = File.ReadAllText(Path.Combine(_layout.ClusterFolder, "PG_VERSION")).Trim();
        if (clusterVersion != _binaries.MajorVersion.ToString())
        {
            throw new InvalidOperationException(
                $"The PostgreSQL cluster in {_layout.ClusterFolder} was created by PostgreSQL {clusterVersion}, " +
                $"but the binaries found in {_binaries.Folder} are PostgreSQL {_binaries.Version}. " +
                $"Set Database__Embedded__BinariesPath to a PostgreSQL {clusterVersion} bin folder, or move the cluster folder away to start afresh.");
        }
    }

    private string AdminConnectionString() => BuildConnectionString("postgres", pooling: false);

    private string BuildConnectionString(string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Database = database,
            Username = SuperUser,
            Password = _password,
            Pooling = pooling,
        }.ConnectionString;

    private string LogTail()
    {
        try
        {
            using var stream = new FileStream(_layout.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Seek(Math.Max(0, stream.Length - 16_384), SeekOrigin.Begin);
            using var reader = new StreamReader(stream);
            var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(20);
            return $"{Environment.NewLine}Last lines of {_layout.LogFile}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"{Environment.NewLine}(could not read {_layout.LogFile}: {ex.Message})";
        }
    }

    private static async Task<string> ReadOrCreatePasswordAsync(string passwordFile, bool clusterExists, CancellationToken cancellationToken)
    {
        if (File.Exists(passwordFile))
        {
            // An empty file before the cluster exists is a first start that died mid-write: make a new password.
            var stored = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();
            if (stored.Length > 0 || clusterExists)
            {
                return stored;
            }
        }

        if (clusterExists)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL cluster exists but its password file {passwordFile} is missing, so the app cannot log in. " +
                "Restore the file, or move the cluster folder away to create a new, empty one.");
        }

        // Hex keeps the password free of characters that need quoting in connection strings.
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await WritePrivateFileAsync(passwordFile, password, cancellationToken);
        return password;
    }

    private static async Task WritePrivateFileAsync(string path, string content, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var stream = new FileStream(path, options);
        await using var writer = new StreamWriter(stream);
        await writer.WriteLineAsync(content.AsMemory(), cancellationToken);
    }

    private static async Task<FileStream> AcquireLockAsync(string lockFile, string dataFolder, ILogger logger, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < _lockTimeout)
            {
                if (attempt == 0)
                {
                    logger.LogInformation("Waiting for another process that is starting PostgreSQL for {DataFolder}", dataFolder);
                }

                await Task.Delay(200, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new InvalidOperationException(
                    $"Another process has held {lockFile} for over {_lockTimeout.TotalSeconds:0} s while starting PostgreSQL; is it stuck?", ex);
            }
        }
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
