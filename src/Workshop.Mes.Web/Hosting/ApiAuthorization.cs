using Microsoft.AspNetCore.Identity;
using Workshop.Mes.Web.Features.ApiKeys;
using Workshop.Mes.Web.Features.Tablets;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// Who may call the API: people with the sign-in cookie, integrations with an API key, tablets. Here rather than in
/// Identity because it names the tablets' scheme too, and Identity depends on no other module.
/// </summary>
internal static class ApiAuthorization
{
    public const string Policy = "api";

    public static readonly string[] Schemes = [IdentityConstants.ApplicationScheme, ApiKeyAuthenticationHandler.SchemeName, FloorAuthenticationHandler.SchemeName];
}
