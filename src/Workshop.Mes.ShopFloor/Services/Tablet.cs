using System.Globalization;
using Microsoft.AspNetCore.Components;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Contracts.Tablets;

namespace Workshop.Mes.ShopFloor.Services;

/// <summary>
/// What this tablet knows: its device credential, its station, the workers signed in on it this shift (each with
/// their session, ADR 0053), who is at the screen now, and the last work, steps and catalogue it saw (for offline use).
/// Kept in the browser's local storage; a worker is signed out only when the server answers 401, never on a network error.
/// </summary>
internal sealed class Tablet(Browser browser, FloorClient client, Outbox outbox, NavigationManager navigation)
{
    private const string DeviceKey = "mes.device";
    private const string StationKey = "mes.station";
    private const string SeatsKey = "mes.workers";
    private const string CurrentKey = "mes.current";
    private const string CatalogKey = "mes.catalog";
    private const string StepsKey = "mes.steps";

    private bool _loaded;
    private List<WorkerSeat> _seats = [];

    public TabletDevice? Device { get; private set; }

    public FloorWorkstation? Station { get; private set; }

    public WorkerSeat? Worker { get; private set; }

    public FloorCatalog? Catalog { get; private set; }

    public bool Online { get; private set; } = true;

    /// <summary>The tablet's offset from UTC (the app ships without time-zone data, ADR 0051).</summary>
    public TimeSpan ZoneOffset { get; private set; }

    /// <summary>A message the next screen shows (why the tablet was sent there).</summary>
    public string? Notice { get; set; }

    public IReadOnlyList<WorkerSeat> Seats => _seats;

    public Outbox Outbox => outbox;

    public FloorClient Client => client;

    public Browser Browser => browser;

    public event Action? Changed;

    /// <summary>Events the server just took (see <see cref="Outbox.Accepted"/>); the steps this tablet knows already show them.</summary>
    public event Action<IReadOnlyList<FloorEvent>>? Accepted;

    public async Task LoadAsync()
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        Device = await browser.ReadAsync(DeviceKey, FloorJson.Default.TabletDevice);
        Station = await browser.ReadAsync(StationKey, FloorJson.Default.FloorWorkstation);
        _seats = await browser.ReadAsync(SeatsKey, FloorJson.Default.ListWorkerSeat) ?? [];
        Catalog = await browser.ReadAsync(CatalogKey, FloorJson.Default.FloorCatalog);
        var current = await browser.ReadAsync(CurrentKey, FloorJson.Default.Guid);
        Worker = _seats.FirstOrDefault(s => s.WorkerId == current && s.EndsAt > DateTimeOffset.UtcNow);
        Online = await browser.OnlineAsync();
        ZoneOffset = TimeSpan.FromMinutes(await browser.ZoneOffsetMinutesAsync());
        browser.OnlineChange += online =>
        {
            Online = online;
            Changed?.Invoke();
        };
        await browser.WatchOnlineAsync();
        outbox.Accepted += events =>
        {
            Accepted?.Invoke(events);
            _ = FoldIntoKnownStepsAsync(events);
        };
        outbox.Changed += () => Changed?.Invoke();
        await outbox.StartAsync();
    }

    public async Task PairedAsync(RedeemedPairing pairing)
    {
        Device = new TabletDevice(pairing.DeviceToken, pairing.DeviceId, pairing.WorkshopName);
        await browser.WriteAsync(DeviceKey, Device, FloorJson.Default.TabletDevice);
        await ForgetWorkersAsync();
    }

    /// <summary>The owner revoked the tablet (the server said 401 to the device alone): back to pairing, with the reason.</summary>
    public async Task DeviceRemovedAsync(string notice)
    {
        Device = null;
        await browser.WriteAsync<TabletDevice>(DeviceKey, null, FloorJson.Default.TabletDevice);
        await ForgetWorkersAsync();
        Notice = notice;
        navigation.NavigateTo("pair");
    }

    public async Task ChooseStationAsync(FloorWorkstation station)
    {
        Station = station;
        await browser.WriteAsync(StationKey, station, FloorJson.Default.FloorWorkstation);
        Changed?.Invoke();
    }

    public async Task CatalogSeenAsync(FloorCatalog catalog)
    {
        Catalog = catalog;
        await browser.WriteAsync(CatalogKey, catalog, FloorJson.Default.FloorCatalog);
    }

    /// <summary>The seat of this worker, when their session on this tablet is still valid by the tablet's clock.</summary>
    public WorkerSeat? SeatOf(Guid workerId) => _seats.FirstOrDefault(s => s.WorkerId == workerId && s.EndsAt > DateTimeOffset.UtcNow);

    public async Task SignedInAsync(WorkerSessionStarted session)
    {
        _seats.RemoveAll(s => s.WorkerId == session.WorkerId || s.EndsAt <= DateTimeOffset.UtcNow);
        var seat = new WorkerSeat(session.WorkerId, session.WorkerName, session.SessionToken, session.EndsAt, DateTimeOffset.UtcNow);
        _seats.Add(seat);
        await SwitchToAsync(seat);
    }

    /// <summary>Another worker already signed in here this shift takes the screen: no PIN while their session lasts.</summary>
    public async Task SwitchToAsync(WorkerSeat seat)
    {
        var index = _seats.FindIndex(s => s.WorkerId == seat.WorkerId);
        Worker = seat with { LastUsed = DateTimeOffset.UtcNow };
        _seats[index] = Worker;
        await SaveSeatsAsync();
        await browser.WriteAsync(CurrentKey, Worker.WorkerId, FloorJson.Default.Guid);
        Changed?.Invoke();
    }

    /// <summary>Leaves the screen to the name tiles; the worker's session stays on the tablet for switching back.</summary>
    public async Task StepAwayAsync()
    {
        Worker = null;
        await browser.WriteAsync<Guid?>(CurrentKey, null, FloorJson.Default.NullableGuid);
        Changed?.Invoke();
    }

    public async Task SignOutAsync()
    {
        if (Worker is { } worker && Device is { } device)
        {
            _seats.RemoveAll(s => s.WorkerId == worker.WorkerId);
            await SaveSeatsAsync();
            await StepAwayAsync();
            await client.SignOutAsync(device.Token, worker.Token);
        }
    }

    /// <summary>The server refused the worker's session (401): that worker signs in again; nothing in the outbox is lost.</summary>
    public async Task SessionEndedAsync(string notice)
    {
        if (Worker is { } worker)
        {
            _seats.RemoveAll(s => s.WorkerId == worker.WorkerId);
            await SaveSeatsAsync();
        }

        await StepAwayAsync();
        Notice = notice;
        navigation.NavigateTo("./");
    }

    /// <summary>Workers most recently at this tablet first, then by name.</summary>
    public IEnumerable<FloorWorkerTile> Ordered(IEnumerable<FloorWorkerTile> tiles)
    {
        var recent = _seats.ToDictionary(s => s.WorkerId, s => s.LastUsed);
        return tiles.OrderByDescending(t => recent.GetValueOrDefault(t.Id)).ThenBy(t => t.DisplayName, StringComparer.CurrentCulture);
    }

    public async Task<T?> CachedAsync<T>(string key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => await browser.ReadAsync(key, type);

    public async Task CacheAsync<T>(string key, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => await browser.WriteAsync(key, value, type);

    public string DefectName(Guid id) => Catalog?.DefectCodes.FirstOrDefault(d => d.Id == id)?.Name ?? string.Empty;

    public string ReasonName(Guid id) => Catalog?.DowntimeReasons.FirstOrDefault(d => d.Id == id)?.Name ?? string.Empty;

    /// <summary>Queues an event under the worker at the screen.</summary>
    public async Task<FloorEvent> RecordAsync(FloorEvent draft) =>
        await outbox.EnqueueAsync(Worker?.Token ?? throw new InvalidOperationException("No worker at the screen."), draft);

    private async Task ForgetWorkersAsync()
    {
        _seats = [];
        Worker = null;
        await SaveSeatsAsync();
        await browser.WriteAsync<Guid?>(CurrentKey, null, FloorJson.Default.NullableGuid);
        Changed?.Invoke();
    }

    /// <summary>Steps seen lately, so a scan while offline still opens a step the tablet knows.</summary>
    public async Task RememberStepsAsync(IEnumerable<FloorStep> steps)
    {
        var fresh = steps.ToList();
        var known = await KnownStepsAsync();
        known.RemoveAll(k => fresh.Any(s => s.StepId == k.StepId));
        known.InsertRange(0, fresh);
        await browser.WriteAsync(StepsKey, known.Take(200).ToList(), FloorJson.Default.ListFloorStep);
    }

    /// <summary>Sent events change the steps kept for offline use, until the server's next answer replaces them.</summary>
    private async Task FoldIntoKnownStepsAsync(IReadOnlyList<FloorEvent> events)
    {
        var known = await KnownStepsAsync();
        if (known.Count > 0 && events.Any(e => known.Exists(k => k.StepId == e.StepId)))
        {
            await browser.WriteAsync(StepsKey, known.Select(k => StepOverlay.Apply(k, events)).ToList(), FloorJson.Default.ListFloorStep);
        }
    }

    public async Task<List<FloorStep>> KnownStepsAsync() => await browser.ReadAsync(StepsKey, FloorJson.Default.ListFloorStep) ?? [];

    /// <summary>
    /// What a scanned code opens: asks the server, and offline matches <c>mes:step:NUMBER:SEQ</c> and <c>mes:wo:NUMBER</c>
    /// against the steps the tablet has seen. Null with a message when nothing matches.
    /// </summary>
    public async Task<(FloorScan? Scan, CallOutcome Outcome)> ScanAsync(string code)
    {
        var answer = await client.ScanAsync(Device!.Token, Worker!.Token, code);
        if (answer.Outcome != CallOutcome.Offline)
        {
            if (answer.Ok && answer.Value!.Steps.Count > 0)
            {
                await RememberStepsAsync(answer.Value.Steps);
            }

            return (answer.Value, answer.Outcome);
        }

        var parts = code.Split(':');
        var known = await KnownStepsAsync();
        List<FloorStep> found = parts switch
        {
            ["mes", "step", var number, var sequence] => known.Where(s => s.WorkOrderNumber == number && s.Sequence.ToString(CultureInfo.InvariantCulture) == sequence).ToList(),
            ["mes", "wo", var number] => known.Where(s => s.WorkOrderNumber == number).OrderBy(s => s.Sequence).ToList(),
            _ => [],
        };
        return found.Count == 0
            ? (null, CallOutcome.Offline)
            : (new FloorScan(parts[1] == "wo" ? FloorScanKind.WorkOrder : FloorScanKind.Step, found, null), CallOutcome.Ok);
    }

    private Task SaveSeatsAsync() => browser.WriteAsync(SeatsKey, _seats, FloorJson.Default.ListWorkerSeat);
}
