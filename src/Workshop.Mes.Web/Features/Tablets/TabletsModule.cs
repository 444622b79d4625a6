using Microsoft.AspNetCore.Authentication;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.Web.Features.Tablets;

internal static class TabletsModule
{
    /// <summary>Tablet endpoints: a paired tablet (with or without a worker signed in), through the Floor scheme only.</summary>
    public const string TabletPolicy = "tablet";

    public static IServiceCollection AddTabletsModule(this IServiceCollection services)
    {
        services.AddSingleton<FloorCredentials>();
        services.AddSingleton<PairingRedemption>();
        services.AddSingleton<FloorSignInService>();
        services.AddSingleton<TabletService>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, FloorAuthenticationHandler>(FloorAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(TabletPolicy, policy => policy
            .AddAuthenticationSchemes(FloorAuthenticationHandler.SchemeName)
            .RequireClaim(MesClaims.Device));
        return services;
    }

    public static void MapTabletsApi(this WebApplication app)
    {
        app.MapTabletsEndpoints();
    }
}
