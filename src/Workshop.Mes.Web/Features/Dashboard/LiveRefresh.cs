using Workshop.Mes.Web.Features.Changes;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>
/// Keeps an open screen current with its workshop's changes (ADR 0060): each change, or a reconnect of the feed, asks
/// for one reload. Changes that arrive while a reload runs fold into one more reload after it, so a burst of tablet
/// events costs two reads, not one per event, and the last change is never missed. The feed's dispatch never waits
/// for a screen's read. A read runs in the language of the screen that subscribed: <see cref="ChangeFeed"/> calls each
/// subscriber in the culture it subscribed in, and the read started from that call keeps it.
/// </summary>
internal sealed class LiveRefresh : IDisposable
{
    private readonly Func<Task> _reload;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly IDisposable _subscription;
    private bool _running;
    private bool _again;
    private bool _disposed;

    public LiveRefresh(ChangeFeed feed, Guid workshopId, Func<Task> reload, ILogger logger)
    {
        _reload = reload;
        _logger = logger;
        _subscription = feed.Subscribe(workshopId, change =>
        {
            // A paired tablet changes no figure.
            if (change.Kind != ChangeKind.TabletPaired)
            {
                Request();
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>Whether a read is running or asked for.</summary>
    public bool IsReading
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    /// <summary>Asks for a reload: starts one now, or one more after the running one.</summary>
    public void Request()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_running)
            {
                _again = true;
                return;
            }

            _running = true;
        }

        _ = Task.Run(RunAsync);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        _subscription.Dispose();
    }

    private async Task RunAsync()
    {
        while (true)
        {
            try
            {
                await _reload();
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "A live screen could not read its figures again");
            }

            lock (_gate)
            {
                if (!_again || _disposed)
                {
                    _running = false;
                    return;
                }

                _again = false;
            }
        }
    }
}
