using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.ApiKeys;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.ApiKeys;

internal static class ApiKeysEndpoints
{
    public static void MapApiKeysApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("api-keys", "API keys");

        api.MapGet("/", ListAsync)
            .WithName("ListApiKeys")
            .WithSummary("List API keys")
            .WithDescription("Owner only. Active keys first, then revoked ones; a workshop has few keys, so they come on one page. The keys themselves are never shown again, only their last characters.");

        api.MapPost("/", CreateAsync)
            .WithName("CreateApiKey")
            .WithSummary("Create an API key")
            .WithDescription("Owner only. The answer holds the key once: store it now, it cannot be read again. Roles: Manager, Worker, Consultant.");

        api.MapDelete("/{id:guid}", RevokeAsync)
            .WithName("RevokeApiKey")
            .WithSummary("Revoke an API key")
            .WithDescription("Owner only. The key's next call is refused with 401. Revoking a revoked key changes nothing.");
    }

    private static async Task<Ok<Page<ApiKeySummary>>> ListAsync(WorkshopMember member, ApiKeyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(new Page<ApiKeySummary>(await service.ListAsync(member, cancellationToken), null));

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateAsync(
        CreateApiKeyRequest? request,
        WorkshopMember member,
        ApiKeyService service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        // Asked before validating, so a role without the right learns nothing from the errors.
        member.Demand(Domain.Access.Area.ApiKeys, Domain.Access.Operation.Create);
        var errors = ApiKeyValidation.Validate(request, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        var created = await service.CreateAsync(member, request!.Name!, ApiKeyValidation.ParseRole(request.Role)!.Value, cancellationToken);
        return TypedResults.Created($"/api/v1/api-keys/{created.ApiKey.Id}", created);
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, WorkshopMember member, ApiKeyService service, CancellationToken cancellationToken) =>
        await service.RevokeAsync(member, id, cancellationToken) is null ? TypedResults.NotFound() : TypedResults.NoContent();
}
