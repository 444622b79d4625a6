using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Workshop.Mes.Contracts.ShopFloor;

namespace Workshop.Mes.ShopFloor.Services;

/// <summary>
/// The .NET face of <c>wwwroot/js/outbox.js</c> (ADR 0052): queue an event (in IndexedDB before anything else), queue
/// its photo, read what still waits and what the server refused. The sender itself runs in the page's JavaScript.
/// </summary>
internal sealed class Outbox(IJSRuntime js) : IAsyncDisposable
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private IJSObjectReference? _module;
    private DotNetObjectReference<Outbox>? _self;

    public OutboxStatus Status { get; private set; } = new(0, 0, [], true);

    public IReadOnlyList<PendingEvent> Waiting { get; private set; } = [];

    public int WaitingCount => Status.Events + Status.Photos;

    /// <summary>Raised after anything in the outbox changed (queued, sent, refused).</summary>
    public event Action? Changed;

    /// <summary>
    /// Raised, before <see cref="Changed"/>, with the events that just left the outbox because the server took them
    /// (stored, or already had them): a screen folds them into what it last read, so a read that fails right after
    /// (the Wi-Fi went) does not show the step as it was before them.
    /// </summary>
    public event Action<IReadOnlyList<FloorEvent>>? Accepted;

    private async Task<IJSObjectReference> ModuleAsync()
    {
        if (_module is null)
        {
            _module = await js.InvokeAsync<IJSObjectReference>("import", "./js/outbox.js");
            _self = DotNetObjectReference.Create(this);
            await _module.InvokeVoidAsync("subscribe", _self);
        }

        return _module;
    }

    public async Task StartAsync() => await RefreshAsync();

    /// <summary>Stores the event with a new id and the tablet's clock, then lets the sender send it; answers the stored event.</summary>
    public async Task<FloorEvent> EnqueueAsync(string session, FloorEvent draft)
    {
        var stored = draft with { Id = draft.Id ?? Guid.NewGuid(), CapturedAt = draft.CapturedAt ?? DateTimeOffset.UtcNow };
        var module = await ModuleAsync();
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(stored, FloorJson.Default.FloorEvent));
        await module.InvokeVoidAsync("enqueue", session, document.RootElement);
        await RefreshAsync();
        return stored;
    }

    /// <summary>Downscales the photo chosen in <paramref name="input"/> (before the screen closes it); a key for <see cref="EnqueuePhotoAsync"/>.</summary>
    public async Task<string?> PreparePhotoAsync(ElementReference input) =>
        await (await ModuleAsync()).InvokeAsync<string?>("preparePhoto", input);

    /// <summary>Queues the prepared photo behind its event.</summary>
    public async Task<bool> EnqueuePhotoAsync(string key, Guid eventId, Guid photoId) =>
        await (await ModuleAsync()).InvokeAsync<bool>("enqueuePhoto", key, eventId.ToString(), photoId.ToString());

    public async Task DismissAsync(string id)
    {
        await (await ModuleAsync()).InvokeVoidAsync("dismissRejected", id);
        await RefreshAsync();
    }

    public async Task FlushAsync() => await (await ModuleAsync()).InvokeVoidAsync("flush");

    [JSInvokable]
    public async Task OutboxChanged() => await RefreshAsync();

    /// <summary>One read at a time, so an older read never replaces a newer one and an event is accepted once.</summary>
    private async Task RefreshAsync()
    {
        await _refreshing.WaitAsync();
        try
        {
            var module = await ModuleAsync();
            var status = await module.InvokeAsync<JsonElement>("status");
            var pending = await module.InvokeAsync<JsonElement>("pending");
            var before = Waiting;
            Status = status.Deserialize(FloorJson.Default.OutboxStatus) ?? Status;
            Waiting = pending.Deserialize(FloorJson.Default.ListPendingEvent) ?? [];
            var accepted = Left(before, Waiting, Status.Rejected);
            if (accepted.Count > 0)
            {
                Accepted?.Invoke(accepted);
            }
        }
        finally
        {
            _refreshing.Release();
        }

        Changed?.Invoke();
    }

    /// <summary>The events that waited before and wait no more, less those the server refused.</summary>
    public static IReadOnlyList<FloorEvent> Left(IReadOnlyList<PendingEvent> before, IReadOnlyList<PendingEvent> now, IReadOnlyList<RejectedItem> refused)
    {
        var gone = before.Select(p => p.Event).Where(e => now.All(w => w.Event.Id != e.Id));
        return gone.Where(e => refused.All(r => r.Event.Id != e.Id)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        _refreshing.Dispose();
        _self?.Dispose();
        if (_module is not null)
        {
            await _module.DisposeAsync();
        }
    }
}
