namespace Workshop.Mes.Testing;

/// <summary>Files of the repository the tests and benchmarks read or run, found from the build output upwards.</summary>
public static class RepositoryFiles
{
    private const string SolutionFile = "Workshop.Mes.sln";

    public static string Root { get; } = FindRoot();

    /// <summary>The web project's folder: the content root (appsettings.json, wwwroot) that <c>dotnet run</c> uses.</summary>
    public static string WebProjectFolder { get; } = Path.Combine(Root, "src", "Workshop.Mes.Web");

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}; run from a clone of the repository.");
    }
}
