using System.Text;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The machine's live processes as <c>/proc</c> shows them.</summary>
internal static class ProcessTable
{
    /// <summary>Live processes whose command line mentions <paramref name="text"/>, as "pid: command line".</summary>
    public static List<string> Mentioning(string text)
    {
        var found = new List<string>();
        foreach (var processFolder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(processFolder), out var processId)
                && CommandLine(processId) is { } commandLine
                && commandLine.Contains(text, StringComparison.Ordinal))
            {
                found.Add($"{processId}: {commandLine}");
            }
        }

        return found;
    }

    /// <summary>The process's arguments joined by spaces; null when it has ended (a zombie's is empty).</summary>
    public static string? CommandLine(int processId)
    {
        try
        {
            var arguments = File.ReadAllBytes($"/proc/{processId}/cmdline");
            return arguments.Length == 0 ? null : Encoding.UTF8.GetString(arguments).Replace('\0', ' ').TrimEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
