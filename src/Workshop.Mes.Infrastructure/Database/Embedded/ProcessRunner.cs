using System.ComponentModel;
using System.Diagnostics;

namespace Workshop.Mes.Infrastructure.Database.Embedded;

/// <summary>An external program and its arguments, passed as a list so no shell ever parses them.</summary>
internal sealed record ExternalCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public override string ToString() =>
        string.Join(' ', new[] { FileName }.Concat(Arguments).Select(QuoteForDisplay));

    private static string QuoteForDisplay(string value) =>
        value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"') ? value : $"'{value.Replace("'", "'\\''")}'";
}

/// <summary>What an external program printed and how it exited.</summary>
internal sealed record ProcessResult(ExternalCommand Command, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    public ProcessResult EnsureSuccess()
    {
        if (!Succeeded)
        {
            throw new InvalidOperationException(FailureMessage());
        }

        return this;
    }

    public string FailureMessage()
    {
        // Some tools (pg_ctl) explain failures on stdout, so fall back to it when stderr is empty.
        var output = string.IsNullOrWhiteSpace(StandardError) ? StandardOutput : StandardError;
        return $"Command `{Command}` failed with exit code {ExitCode}: {output.Trim()}";
    }
}

/// <summary>Runs external programs with captured output and a hard time limit.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        ExternalCommand command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The unprivileged user may not be allowed into our current directory (e.g. under /root).
            WorkingDirectory = OperatingSystem.IsWindows() ? null : "/",
        };
        foreach (var argument in command.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"Command `{command}` could not be started: {ex.Message}", ex);
        }

        // Closed stdin: no tool may sit waiting for input (e.g. a password prompt).
        process.StandardInput.Close();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var standardOutput = process.StandardOutput.ReadToEndAsync(timeoutSource.Token);
        var standardError = process.StandardError.ReadToEndAsync(timeoutSource.Token);
        try
        {
            await Task.WhenAll(process.WaitForExitAsync(timeoutSource.Token), standardOutput, standardError);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException(
                $"Command `{command}` did not finish within {timeout.TotalSeconds:0} s and was killed.");
        }

        return new ProcessResult(command, process.ExitCode, await standardOutput, await standardError);
    }
}
