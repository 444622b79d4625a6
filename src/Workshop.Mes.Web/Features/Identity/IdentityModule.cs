using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Identity;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.Web.Features.Identity;

internal static class IdentityModule
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";

    /// <summary>Accounts (ASP.NET Core Identity over our database), the sign-in cookie, API keys and the policies.</summary>
    public static void AddIdentityModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
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

                // "Confirmed" means "not disabled" here (EnabledAccountConfirmation): a disabled account cannot sign in.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<MesDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AccountClaims>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped<IUserConfirmation<MesUser>, EnabledAccountConfirmation>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "mes.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = SignOutPath;
            cookie.AccessDeniedPath = "/not-found";
            cookie.ExpireTimeSpan = SessionLifetime.Idle;
            cookie.SlidingExpiration = true;
            SessionLifetime.Apply(cookie);

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

        // Open pages re-check the account every half minute, and at once when it changes (AccountSignals).
        services.AddSingleton<AccountSignals>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();

        services.AddSingleton<PasswordTries>();
        services.AddSingleton<AccountSessions>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<AccountService>();
        services.AddScoped<AccountCreation>();
        services.AddScoped<PlatformAdmins>();
        services.AddSingleton<FirstRun>();
    }

    /// <summary>Sign-out, and the first-run gate that sends every page to <c>/setup</c> until an account exists.</summary>
    public static void MapIdentityModule(this WebApplication app)
    {
        app.UseMiddleware<SetupGate>();
        app.MapPost(SignOutPath, async Task<IResult> (AccountSignIn accounts, IAntiforgery antiforgery, HttpContext http) =>
            {
                // Checked here: the endpoint binds no form field, so the framework would not refuse a forged post.
                if (!await antiforgery.IsRequestValidAsync(http))
                {
                    return TypedResults.BadRequest();
                }

                await accounts.SignOutAsync();
                return TypedResults.LocalRedirect(SignInPath);
            })
            .DisableAntiforgery()
            .ExcludeFromDescription();
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
