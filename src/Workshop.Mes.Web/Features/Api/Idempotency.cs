using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using Workshop.Mes.Infrastructure.Api;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Api;

/// <summary>
/// <c>Idempotency-Key</c> on creating POSTs (docs/architecture.md §6, ADR 0022). The first request with a key claims it and
/// stores its response; the same key with the same request replays that response (marked
/// <c>Idempotent-Replayed: true</c>) without running the handler again; the same key with a different request
/// is 422; a key whose first request is still running is 409. Responses of 500 and thrown errors release the
/// key so the client can retry. Keys are kept for a day and belong to their caller (ADR 0031): a replay goes
/// only to the same person, API key or worker on the same tablet, in the role whose authorization the first
/// request passed; anyone else with the same key is a new request, authorized afresh.
/// </summary>
internal static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;

    /// <summary>Marks a creating endpoint as honouring <c>Idempotency-Key</c>, and documents the header.</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder endpoint) =>
        endpoint
            .AddEndpointFilter<IdempotencyFilter>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new Microsoft.OpenApi.OpenApiParameter
                {
                    Name = Header,
                    In = Microsoft.OpenApi.ParameterLocation.Header,
                    Required = false,
                    Description = "Any unique string up to 255 characters. Repeating the request with the same key replays the first response instead of creating twice; the same key with a different body is 422.",
                    Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, MaxLength = MaxKeyLength },
                });
                return Task.CompletedTask;
            });

    /// <summary>Lets the filter read the body again after model binding, for requests that carry a key.</summary>
    public static IApplicationBuilder UseIdempotencyBuffering(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.ContainsKey(Header))
            {
                context.Request.EnableBuffering();
            }

            return next(context);
        });

    /// <summary>
    /// The key as stored: the client's key with who sent it and in which role, hashed so that a key of any allowed
    /// length still fits the column.
    /// </summary>
    internal static string CallersKey(WorkshopMember member, string key)
    {
        var actor = member.Actor;
        var caller = string.Create(CultureInfo.InvariantCulture, $"{actor.Kind}:{actor.Id}:{actor.DeviceId}:{member.Role}\n{key}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(caller)));
    }

    internal static async Task<string> HashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }

            request.Body.Position = 0;
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

internal sealed class IdempotencyFilter(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Idempotency.Header].ToString();
        var member = context.Arguments.OfType<WorkshopMember>().FirstOrDefault();
        if (string.IsNullOrEmpty(key) || member is null)
        {
            return await next(context);
        }

        if (key.Length > Idempotency.MaxKeyLength)
        {
            return text.FieldProblem(Idempotency.Header, text["Validation.IdempotencyKey", Idempotency.MaxKeyLength]);
        }

        var hash = await Idempotency.HashAsync(http.Request, http.RequestAborted);
        var (claim, earlier) = await ClaimAsync(member, Idempotency.CallersKey(member, key), hash, http.RequestAborted);
        if (earlier is not null)
        {
            return Answer(earlier, hash);
        }

        return await RunAndRememberAsync(context, next, member, claim!);
    }

    private object Answer(IdempotentRequest earlier, string hash)
    {
        if (earlier.RequestHash != hash)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: text["Problem.IdempotencyKeyReused"],
                detail: text["Problem.IdempotencyKeyReused.Detail"]);
        }

        if (!earlier.IsFinished)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text["Problem.IdempotencyKeyInProgress"]);
        }

        return new ReplayResult(earlier);
    }

    /// <summary>Claims the key, or returns the request that already holds it. The unique index settles races.</summary>
    private async Task<(IdempotentRequest? Claim, IdempotentRequest? Earlier)> ClaimAsync(
        WorkshopMember member, string key, string hash, CancellationToken cancellationToken)
    {
        await using var db = member.OpenData(contexts);
        var now = clock.GetUtcNow();
        var existing = await db.IdempotentRequests.SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (existing is not null && !existing.IsExpired(now))
        {
            return (null, existing);
        }

        if (existing is not null)
        {
            db.IdempotentRequests.Remove(existing);
        }

        var claim = new IdempotentRequest(member.Workshop.Id, key, hash, now);
        db.IdempotentRequests.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (claim, null);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await using var again = member.OpenData(contexts);
            return (null, await again.IdempotentRequests.AsNoTracking().SingleAsync(r => r.Key == key, cancellationToken));
        }
    }

    private async Task<object?> RunAndRememberAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, WorkshopMember member, IdempotentRequest claim)
    {
        var http = context.HttpContext;
        var original = http.Response.Body;
        using var captured = new MemoryStream();
        http.Response.Body = captured;
        try
        {
            var result = await next(context);
            var executable = result as IResult ?? (result is null ? TypedResults.Empty : TypedResults.Ok(result));
            await executable.ExecuteAsync(http);
        }
        catch
        {
            http.Response.Body = original;
            await ReleaseAsync(member, claim);
            throw;
        }

        http.Response.Body = original;
        if (http.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            await ReleaseAsync(member, claim);
        }
        else
        {
            await using var db = member.OpenData(contexts);
            db.IdempotentRequests.Attach(claim);
            claim.Finish(
                http.Response.StatusCode,
                http.Response.ContentType,
                http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                http.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                captured.ToArray());
            await db.SaveChangesAsync(CancellationToken.None);
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, http.RequestAborted);
        return TypedResults.Empty;
    }

    private async Task ReleaseAsync(WorkshopMember member, IdempotentRequest claim)
    {
        await using var db = member.OpenData(contexts);
        await db.IdempotentRequests.Where(r => r.Id == claim.Id).ExecuteDeleteAsync(CancellationToken.None);
    }

    private sealed class ReplayResult(IdempotentRequest earlier) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = earlier.StatusCode!.Value;
            response.ContentType = earlier.ContentType;
            if (earlier.Location is not null)
            {
                response.Headers.Location = earlier.Location;
            }

            if (earlier.ETag is not null)
            {
                response.Headers.ETag = earlier.ETag;
            }

            response.Headers[Idempotency.ReplayedHeader] = "true";
            await response.Body.WriteAsync(earlier.ResponseBody ?? [], httpContext.RequestAborted);
        }
    }
}
