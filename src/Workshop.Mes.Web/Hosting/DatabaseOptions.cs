namespace Workshop.Mes.Web.Hosting;

/// <summary>The <c>Database</c> configuration section.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Where the embedded cluster, its password and photos live; relative to the content root.</summary>
    public string DataFolder { get; set; } = ".data";

    /// <summary>Apply migrations when the app starts. Defaults to on with the embedded database, off otherwise.</summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>Load the demo workshops into an empty database. Defaults to on with the embedded database, off otherwise.</summary>
    public bool? SeedDemoData { get; set; }

    public EmbeddedDatabaseOptions Embedded { get; set; } = new();

    public static DatabaseOptions Of(IConfiguration configuration) => configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

    /// <summary>The data folder as a full path; a relative one is taken from the content root.</summary>
    public string DataFolderPath(IHostEnvironment environment) => Path.GetFullPath(DataFolder, environment.ContentRootPath);
}

internal sealed class EmbeddedDatabaseOptions
{
    public string? BinariesPath { get; set; }

    /// <summary>0 picks a free port on 127.0.0.1.</summary>
    public int Port { get; set; }

    /// <summary>When set, the only folders searched for the server binaries (replaces PATH and the usual places).</summary>
    public List<string>? SearchPaths { get; set; }

    /// <summary>The OS user that runs the cluster when the app runs as root.</summary>
    public string UnprivilegedUser { get; set; } = "postgres";
}
