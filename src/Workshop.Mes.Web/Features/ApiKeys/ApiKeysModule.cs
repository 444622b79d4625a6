using Microsoft.AspNetCore.Authentication;

namespace Workshop.Mes.Web.Features.ApiKeys;

internal static class ApiKeysModule
{
    /// <summary>Keys for integrations: their management, and the <c>Bearer mes_…</c> scheme that signs them in.</summary>
    public static IServiceCollection AddApiKeysModule(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return services.AddSingleton<ApiKeyService>();
    }
}
