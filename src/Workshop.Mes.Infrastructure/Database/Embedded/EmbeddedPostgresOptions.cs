namespace Workshop.Mes.Infrastructure.Database.Embedded;

/// <summary>
/// Settings for the private PostgreSQL cluster the app starts on its own (<see cref="EmbeddedPostgres"/>).
/// </summary>
public sealed class EmbeddedPostgresOptions
{
    /// <summary>The app's data folder; the cluster lives in <c>&lt;DataFolder&gt;/postgres</c>.</summary>
    public required string DataFolder { get; init; }

    /// <summary>A configured folder holding <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>; skips the search when set.</summary>
    public string? BinariesPath { get; init; }

    /// <summary>When set, replaces the default search for the binaries (tests use it to hide them).</summary>
    public IReadOnlyList<string>? SearchPaths { get; init; }

    /// <summary>The TCP port on 127.0.0.1; 0 chooses a free one.</summary>
    public int Port { get; init; }

    /// <summary>The database the app uses; created when missing.</summary>
    public string Database { get; init; } = "workshop_mes";

    /// <summary>The OS user that runs the cluster when this process is root (PostgreSQL refuses to run as root).</summary>
    public string UnprivilegedUser { get; init; } = "postgres";
}
