namespace Workshop.Mes.EndToEndTests;

/// <summary>A throwaway folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "workshop-mes-e2e", $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 13)]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A folder inside this one, created when <paramref name="create"/> is true.</summary>
    public string Sub(string name, bool create = true)
    {
        var folder = System.IO.Path.Combine(Path, name);
        if (create)
        {
            Directory.CreateDirectory(folder);
        }

        return folder;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
