using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Workshop.Mes.IntegrationTests.Hosting;

/// <summary>
/// Every event the app logs, as a sink registered in the host's services (Serilog reads sinks from there). A request's
/// log line is written after its response has gone out, so a test waits for it rather than reading at once.
/// </summary>
internal sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();
    private readonly List<(Func<LogEvent, bool> Match, TaskCompletionSource<LogEvent> Found)> _waiting = [];

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        lock (_waiting)
        {
            foreach (var waiter in _waiting.Where(w => w.Match(logEvent)).ToList())
            {
                _waiting.Remove(waiter);
                waiter.Found.TrySetResult(logEvent);
            }
        }
    }

    /// <summary>The request log's line for a request to the path (without its query string).</summary>
    public Task<LogEvent> RequestLoggedAsync(string path) =>
        FirstAsync(e => e.Properties.TryGetValue("RequestPath", out var logged) && logged is ScalarValue { Value: string value } && value.StartsWith(path, StringComparison.Ordinal)
            && e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal));

    public Task<LogEvent> FirstAsync(Func<LogEvent, bool> match)
    {
        lock (_waiting)
        {
            if (_events.FirstOrDefault(match) is { } already)
            {
                return Task.FromResult(already);
            }

            var found = new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((match, found));
            return found.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>An event as the JSON log file would hold it: message, every property and the exception.</summary>
    public static string Text(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        new JsonFormatter(renderMessage: true).Format(logEvent, writer);
        return writer.ToString();
    }
}
