namespace Workshop.Mes.EndToEndTests;

/// <summary>Where the app under test lives: its built dll beside this assembly, its project folder in the clone.</summary>
internal static class RepositoryLayout
{
    private const string SolutionFile = "Workshop.Mes.sln";

    /// <summary>The web project is a project reference, so the build copies its dll next to the tests.</summary>
    public static string WebDll { get; } = Path.Combine(AppContext.BaseDirectory, "Workshop.Mes.Web.dll");

    /// <summary>The content root: appsettings.json and wwwroot, as the README's <c>dotnet run</c> sees them.</summary>
    public static string WebProjectFolder { get; } = Path.Combine(FindRepositoryRoot(), "src", "Workshop.Mes.Web");

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}; run the tests from a clone of the repository.");
    }
}
