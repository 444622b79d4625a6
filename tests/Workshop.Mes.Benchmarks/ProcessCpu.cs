using System.Globalization;

namespace Workshop.Mes.Benchmarks;

/// <summary>CPU seconds the three competitors for the two cores used: the load generator, the app and PostgreSQL.</summary>
internal sealed record CpuUse(double Generator, double App, double Postgres)
{
    public static CpuUse operator -(CpuUse after, CpuUse before) =>
        new(after.Generator - before.Generator, after.App - before.App, after.Postgres - before.Postgres);

    public string Describe(TimeSpan wall) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Generator:0.0} / {App:0.0} / {Postgres:0.0} in {wall.TotalSeconds:0.0} s");
}

/// <summary>
/// Reads <c>/proc/&lt;pid&gt;/stat</c> (Linux): user + system time of a process and, for PostgreSQL, of the
/// postmaster, its live children (backends, WAL writer, checkpointer …) and the children it has already reaped.
/// </summary>
internal sealed class ProcessCpu(int appProcessId, int postmasterProcessId)
{
    // USER_HZ: the unit of the stat times, 100 on every Linux build that matters here.
    private const double TicksPerSecond = 100;

    /// <summary>Only this process and PostgreSQL, for the baseline that runs before the app starts.</summary>
    public static ProcessCpu WithoutApp(int postmasterProcessId) => new(0, postmasterProcessId);

    public CpuUse Now() => new(
        Seconds(Environment.ProcessId, withReapedChildren: false),
        appProcessId == 0 ? 0 : Seconds(appProcessId, withReapedChildren: false),
        PostgresSeconds());

    /// <summary>The postmaster is the parent of every server process, so any backend's parent finds it.</summary>
    public static int ParentOf(int processId) => Stat(processId) is { } fields ? int.Parse(fields[1], CultureInfo.InvariantCulture) : 0;

    private double PostgresSeconds()
    {
        var total = Seconds(postmasterProcessId, withReapedChildren: true);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && pid != postmasterProcessId
                && Stat(pid) is { } fields
                && fields[1] == postmasterProcessId.ToString(CultureInfo.InvariantCulture))
            {
                total += Ticks(fields, withReapedChildren: false) / TicksPerSecond;
            }
        }

        return total;
    }

    private static double Seconds(int processId, bool withReapedChildren) =>
        Stat(processId) is { } fields ? Ticks(fields, withReapedChildren) / TicksPerSecond : 0;

    // Fields after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime.
    private static long Ticks(string[] fields, bool withReapedChildren)
    {
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return withReapedChildren
            ? ticks + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)
            : ticks;
    }

    private static string[]? Stat(int processId)
    {
        try
        {
            var line = File.ReadAllText($"/proc/{processId}/stat");

            // The command name may hold spaces and parentheses; everything after the last ')' is numbers.
            return line[(line.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
