using System.Text;

namespace Workshop.Mes.Infrastructure.Database.Embedded;

/// <summary>
/// Thrown before anything is created on disk when no usable PostgreSQL server binaries
/// (<c>initdb</c>, <c>pg_ctl</c>, <c>postgres</c>, version 15 or newer) can be found.
/// The message tells a newcomer where we looked and how to fix it.
/// </summary>
public sealed class PostgresBinariesNotFoundException : Exception
{
    public PostgresBinariesNotFoundException()
        : this("PostgreSQL server binaries (version 15 or newer) were not found.")
    {
    }

    public PostgresBinariesNotFoundException(string message)
        : base(message)
    {
    }

    public PostgresBinariesNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static PostgresBinariesNotFoundException Create(
        string? configuredPath, IReadOnlyList<string> searchedFolders, IReadOnlyList<string> refused)
    {
        var minimum = PostgresBinaries.MinimumMajorVersion;
        var text = new StringBuilder();
        if (configuredPath is not null)
        {
            text.AppendLine($"The configured PostgreSQL binaries folder '{configuredPath}' (Database__Embedded__BinariesPath) " +
                $"does not hold usable server binaries (initdb, pg_ctl, postgres; version {minimum} or newer).");
        }
        else
        {
            text.AppendLine($"PostgreSQL server binaries (initdb, pg_ctl, postgres; version {minimum} or newer) were not found.");
            text.AppendLine("Workshop MES runs its own private PostgreSQL server and needs them installed.");
        }

        text.AppendLine();
        text.AppendLine(searchedFolders.Count == 0 ? "Looked in: (no folders)" : "Looked in:");
        foreach (var folder in searchedFolders)
        {
            text.AppendLine($"  {folder}");
        }

        if (refused.Count > 0)
        {
            text.AppendLine($"Found but not usable (need PostgreSQL {minimum} or newer):");
            foreach (var reason in refused)
            {
                text.AppendLine($"  {reason}");
            }
        }

        text.AppendLine();
        text.AppendLine("To fix it, do one of:");
        text.AppendLine("  - Debian/Ubuntu:  sudo apt-get install postgresql");
        text.AppendLine("  - macOS:          brew install postgresql@16");
        text.AppendLine("  - Use a PostgreSQL server in Docker: run 'docker compose up -d db' and set");
        text.AppendLine("    ConnectionStrings__Mes to that server's connection string.");
        text.Append("  - Binaries in another folder: set Database__Embedded__BinariesPath to the folder holding initdb, pg_ctl and postgres.");
        return new PostgresBinariesNotFoundException(text.ToString());
    }
}
