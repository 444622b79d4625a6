using System.Globalization;

namespace Workshop.Mes.Web.Features.Changes;

/// <summary>
/// Where open screens (and later other modules) hear what happened in their workshop, whichever instance it happened
/// on (ADR 0060), in the language it subscribed in. A subscriber hears only its own workshop's changes, and <see cref="ChangeKind.Reconnected"/> after
/// the listener lost its connection, when it should read its state again.
/// </summary>
[ModuleSurface]
internal sealed class ChangeFeed(ILogger<ChangeFeed> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, List<Subscription>> _subscribers = [];
    private TaskCompletionSource _listening = NewSignal();

    /// <summary>Calls <paramref name="handler"/> for each change in the workshop until the result is disposed.</summary>
    public IDisposable Subscribe(Guid workshopId, Func<WorkshopChange, Task> handler)
    {
        var subscription = new Subscription(this, workshopId, handler);
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(workshopId, out var list))
            {
                list = [];
                _subscribers[workshopId] = list;
            }

            list.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Completes once this instance's listener listens (at once when it already does).</summary>
    public Task WhenListeningAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _listening.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Hands the change to each of its workshop's subscribers at once; one that throws is logged and the others still hear it.</summary>
    internal Task DispatchAsync(WorkshopChange change)
    {
        Subscription[] targets;
        lock (_gate)
        {
            targets = change.Kind == ChangeKind.Reconnected
                ? [.. _subscribers.Values.SelectMany(list => list)]
                : _subscribers.TryGetValue(change.WorkshopId, out var list) ? [.. list] : [];
        }

        return Task.WhenAll(targets.Select(s => NotifyAsync(s, change.Kind == ChangeKind.Reconnected ? new WorkshopChange(s.WorkshopId, ChangeKind.Reconnected) : change)));
    }

    internal void Listening()
    {
        lock (_gate)
        {
            _listening.TrySetResult();
        }
    }

    internal void NotListening()
    {
        lock (_gate)
        {
            if (_listening.Task.IsCompleted)
            {
                _listening = NewSignal();
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task NotifyAsync(Subscription subscription, WorkshopChange change)
    {
        try
        {
            // In the subscriber's language: the change arrives on the listener's thread, whose culture is the server's.
            CultureInfo.CurrentCulture = subscription.Culture;
            CultureInfo.CurrentUICulture = subscription.UiCulture;
            await subscription.Handler(change);
        }
        catch (Exception e)
        {
            logger.LogError(e, "A subscriber of workshop {WorkshopId} failed on {ChangeKind}", change.WorkshopId, change.Kind);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(subscription.WorkshopId, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                _subscribers.Remove(subscription.WorkshopId);
            }
        }
    }

    private sealed class Subscription(ChangeFeed feed, Guid workshopId, Func<WorkshopChange, Task> handler) : IDisposable
    {
        public Guid WorkshopId => workshopId;

        public CultureInfo Culture { get; } = CultureInfo.CurrentCulture;

        public CultureInfo UiCulture { get; } = CultureInfo.CurrentUICulture;

        public Func<WorkshopChange, Task> Handler => handler;

        public void Dispose() => feed.Remove(this);
    }
}
