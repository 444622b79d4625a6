using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Workshop.Mes.Testing;

/// <summary>What tests and benchmarks need to run the real app as a process on this machine.</summary>
public static class LocalProcesses
{
    /// <summary>A TCP port on 127.0.0.1 that nothing listens on right now.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Sends a signal such as <c>TERM</c> or <c>INT</c>. <see cref="Process.Kill()"/> sends SIGKILL, which gives the
    /// app no chance to stop its embedded PostgreSQL.
    /// </summary>
    public static async Task SignalAsync(int processId, string signal)
    {
        var start = new ProcessStartInfo("kill") { UseShellExecute = false };
        start.ArgumentList.Add("-" + signal);
        start.ArgumentList.Add(processId.ToString(CultureInfo.InvariantCulture));
        using var kill = Process.Start(start) ?? throw new InvalidOperationException("Could not run kill.");
        await kill.WaitForExitAsync();
    }
}
