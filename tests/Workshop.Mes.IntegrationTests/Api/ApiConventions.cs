using System.Net;
using System.Net.Http.Json;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>
/// The conventions every creating and updating endpoint keeps (docs/architecture.md §6), as reusable proofs: one call per
/// endpoint in its module's API tests.
/// </summary>
public static class ApiConventions
{
    /// <summary>
    /// The same <c>Idempotency-Key</c> and body twice gives the same status and body and creates one row; the
    /// same key with another body is 422 and creates nothing more.
    /// </summary>
    public static async Task ProvesIdempotentCreateAsync(HttpClient client, string path, object body, object otherBody, Func<Task<int>> countRows)
    {
        var before = await countRows();
        var key = $"test-{Guid.NewGuid():N}";

        using var first = await PostAsync(client, path, body, key);
        using var replay = await PostAsync(client, path, body, key);
        using var reused = await PostAsync(client, path, otherBody, key);

        ((int)first.StatusCode).ShouldBeInRange(200, 299, await first.Content.ReadAsStringAsync());
        replay.StatusCode.ShouldBe(first.StatusCode);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        replay.Headers.Location.ShouldBe(first.Headers.Location);
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await reused.Content.ReadAsStringAsync());
        (await countRows()).ShouldBe(before + 1);
    }

    /// <summary>
    /// Reads the resource's <c>ETag</c>, updates with it (accepted, new ETag), then updates again with the old one:
    /// 412, and without <c>If-Match</c>: 428.
    /// </summary>
    public static async Task ProvesStaleIfMatchRefusedAsync(HttpClient client, string resourcePath, HttpMethod method, string updatePath, object body)
    {
        using var read = await client.GetAsync(resourcePath);
        read.StatusCode.ShouldBe(HttpStatusCode.OK, await read.Content.ReadAsStringAsync());
        var etag = read.Headers.ETag?.ToString() ?? throw new ShouldAssertException($"GET {resourcePath} sent no ETag.");

        using var fresh = await SendAsync(client, method, updatePath, body, etag);
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK, await fresh.Content.ReadAsStringAsync());
        fresh.Headers.ETag?.ToString().ShouldNotBe(etag);

        using var stale = await SendAsync(client, method, updatePath, body, etag);
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed, await stale.Content.ReadAsStringAsync());

        using var blind = await SendAsync(client, method, updatePath, body, ifMatch: null);
        blind.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired, await blind.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }
}
