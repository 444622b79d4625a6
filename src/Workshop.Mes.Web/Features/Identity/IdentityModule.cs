using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>Who may call the API: people with the sign-in cookie, integrations with an API key, tablets.</summary>
internal static class ApiAuthorization
{
    public const string Policy = "api";

    public static readonly string[] Schemes = [IdentityConstants.ApplicationScheme, ApiKeyAuthenticationHandler.SchemeName, Tablets.FloorAuthenticationHandler.SchemeName];
}

internal static class IdentityModule
{
    public const string SignInPath = "/account/sign-in";

    /// <summary>Accounts (ASP.NET Core Identity over our database), the sign-in cookie, API keys and the policies.</summary>
    public static void AddIdentityModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.AddIdentityCore<MesUser>(options =>
            {
                // Length over composition (NIST SP 800-63B); common passwords are refused by a validator.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<MesDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "mes.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/not-found";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(2);
            cookie.SlidingExpiration = true;

            // The API answers 401/403 as problem details instead of redirecting to the sign-in page.
            cookie.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });

        // Checked on every request: a disabled user or a changed password ends other sessions at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ApiAuthorization.Policy, policy => policy.AddAuthenticationSchemes(ApiAuthorization.Schemes).RequireAuthenticatedUser());
        services.AddCascadingAuthenticationState();
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
