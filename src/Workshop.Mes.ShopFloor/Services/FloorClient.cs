using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Contracts.Tablets;

namespace Workshop.Mes.ShopFloor.Services;

internal enum CallOutcome
{
    Ok,

    /// <summary>No answer: the network is down or the server restarts. Keep everything; try again later.</summary>
    Offline,

    /// <summary>401: the device or the worker session is no longer accepted.</summary>
    Unauthorized,

    /// <summary>Any other refusal, explained by <see cref="CallResult{T}.Problem"/>.</summary>
    Refused,

    NotFound,
}

internal sealed record CallResult<T>(CallOutcome Outcome, T? Value = default, Problem? Problem = null)
{
    public bool Ok => Outcome == CallOutcome.Ok;
}

/// <summary>The REST API the tablet talks to: <c>Authorization: Device …</c> always, <c>X-Worker-Session</c> for the worker's reads.</summary>
internal sealed class FloorClient(HttpClient http)
{
    public Task<CallResult<RedeemedPairing>> RedeemAsync(string code) =>
        SendAsync(HttpMethod.Post, "api/v1/floor/pairings/redeem", null, null,
            JsonContent.Create(new RedeemPairingRequest(code), FloorJson.Default.RedeemPairingRequest), FloorJson.Default.RedeemedPairing);

    public Task<CallResult<List<FloorWorkerTile>>> WorkersAsync(string device) =>
        SendAsync(HttpMethod.Get, "api/v1/floor/workers", device, null, null, FloorJson.Default.ListFloorWorkerTile);

    public Task<CallResult<WorkerSessionStarted>> SignInAsync(string device, Guid workerId, string pin) =>
        SendAsync(HttpMethod.Post, "api/v1/floor/sessions", device, null,
            JsonContent.Create(new WorkerSignInRequest(workerId, null, pin), FloorJson.Default.WorkerSignInRequest), FloorJson.Default.WorkerSessionStarted);

    public Task<CallResult<FloorCatalog>> CatalogAsync(string device, string? session, Guid? workstationId) =>
        SendAsync(HttpMethod.Get, "api/v1/floor/catalog" + (workstationId is { } id ? $"?workstationId={id}" : string.Empty), device, session, null, FloorJson.Default.FloorCatalog);

    public Task<CallResult<FloorWork>> WorkAsync(string device, string session, Guid workstationId) =>
        SendAsync(HttpMethod.Get, $"api/v1/floor/work?workstationId={workstationId}", device, session, null, FloorJson.Default.FloorWork);

    public Task<CallResult<FloorStep>> StepAsync(string device, string session, Guid stepId) =>
        SendAsync(HttpMethod.Get, $"api/v1/floor/steps/{stepId}", device, session, null, FloorJson.Default.FloorStep);

    public Task<CallResult<FloorScan>> ScanAsync(string device, string session, string code) =>
        SendAsync(HttpMethod.Get, $"api/v1/floor/scan?code={Uri.EscapeDataString(code)}", device, session, null, FloorJson.Default.FloorScan);

    public async Task SignOutAsync(string device, string session)
    {
        await SendAsync<Problem>(HttpMethod.Delete, "api/v1/floor/sessions/current", device, session, null, null);
    }

    private async Task<CallResult<T>> SendAsync<T>(HttpMethod method, string path, string? device, string? session, HttpContent? body, JsonTypeInfo<T>? type)
    {
        using var request = new HttpRequestMessage(method, "/" + path) { Content = body };
        if (device is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Device {device}");
        }

        if (session is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Worker-Session", session);
        }

        request.Headers.TryAddWithoutValidation("Accept-Language", CultureInfo.CurrentUICulture.Name);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            return new CallResult<T>(CallOutcome.Offline);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return type is null || response.StatusCode == HttpStatusCode.NoContent
                    ? new CallResult<T>(CallOutcome.Ok)
                    : new CallResult<T>(CallOutcome.Ok, await response.Content.ReadFromJsonAsync(type));
            }

            var outcome = response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => CallOutcome.Unauthorized,
                HttpStatusCode.NotFound => CallOutcome.NotFound,
                >= HttpStatusCode.InternalServerError or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout => CallOutcome.Offline,
                _ => CallOutcome.Refused,
            };
            return new CallResult<T>(outcome, Problem: await ProblemAsync(response));
        }
    }

    private static async Task<Problem?> ProblemAsync(HttpResponseMessage response)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(FloorJson.Default.Problem);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
