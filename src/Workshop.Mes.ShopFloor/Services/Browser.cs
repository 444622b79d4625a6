using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.JSInterop;

namespace Workshop.Mes.ShopFloor.Services;

/// <summary>The browser's side: local storage (device, station, sessions, cached work), sound, camera, focus, network state.</summary>
internal sealed class Browser(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private DotNetObjectReference<Browser>? _self;

    public event Action<bool>? OnlineChange;

    public async Task<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/device.js");

    public async Task<T?> ReadAsync<T>(string key, JsonTypeInfo<T> type)
    {
        var text = await (await ModuleAsync()).InvokeAsync<string?>("read", key);
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(text, type);
        }
        catch (JsonException)
        {
            // An older shape left by a previous version: as if nothing were kept.
            return default;
        }
    }

    public async Task WriteAsync<T>(string key, T? value, JsonTypeInfo<T> type) =>
        await (await ModuleAsync()).InvokeVoidAsync("write", key, value is null ? null : JsonSerializer.Serialize(value, type));

    public async Task<bool> OnlineAsync() => await (await ModuleAsync()).InvokeAsync<bool>("online");

    public async Task<int> ZoneOffsetMinutesAsync() => await (await ModuleAsync()).InvokeAsync<int>("zoneOffset");

    public async Task SignalAsync() => await (await ModuleAsync()).InvokeVoidAsync("signal");

    public async Task<bool> HasCameraAsync() => await (await ModuleAsync()).InvokeAsync<bool>("hasCamera");

    public async Task<string?> ScanCameraAsync(Microsoft.AspNetCore.Components.ElementReference video) =>
        await (await ModuleAsync()).InvokeAsync<string?>("scanCamera", TimeSpan.FromMinutes(5), video);

    public async Task StopCameraAsync(Microsoft.AspNetCore.Components.ElementReference video) =>
        await (await ModuleAsync()).InvokeVoidAsync("stopCamera", video);

    public async Task FocusAsync(Microsoft.AspNetCore.Components.ElementReference element) =>
        await (await ModuleAsync()).InvokeVoidAsync("focus", element);

    public async Task SetLanguageAsync(string language) => await (await ModuleAsync()).InvokeVoidAsync("setLanguage", language);

    public async Task WatchOnlineAsync()
    {
        _self ??= DotNetObjectReference.Create(this);
        await (await ModuleAsync()).InvokeVoidAsync("watchOnline", _self);
    }

    [JSInvokable]
    public void OnlineChanged(bool online) => OnlineChange?.Invoke(online);

    public async ValueTask DisposeAsync()
    {
        _self?.Dispose();
        if (_module is not null)
        {
            await _module.DisposeAsync();
        }
    }
}
