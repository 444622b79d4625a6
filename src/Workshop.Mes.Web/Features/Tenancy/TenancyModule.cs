using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.Web.Features.Tenancy;

[ModuleSurface]
internal static class TenancyModule
{
    public static IServiceCollection AddTenancyModule(this IServiceCollection services)
    {
        // Scoped: a live page's circuit is one scope, and revalidation compares what its layout read (SessionRevalidation).
        services.AddScoped<MemberResolver>();
        services.AddScoped<ICircuitAccessCheck>(provider => provider.GetRequiredService<MemberResolver>());
        services.AddScoped<PeopleService>();
        services.AddScoped<WorkshopDirectory>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<IPlatformAdminCreated, DemoWorkshopOwner>();
        services.AddScoped<InvitationMail>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        return services;
    }

    /// <summary><c>/workshop?slug=…</c> switches the workshop the pages show (one the user belongs to) and returns to the page.</summary>
    public static void MapTenancyEndpoints(this WebApplication app) =>
        app.MapGet("/workshop", async Task<IResult> (string slug, string? returnUrl, MemberResolver members, HttpContext http, CancellationToken cancellationToken) =>
        {
            var member = await members.ResolveAsync(http.User, slug, null, cancellationToken);
            if (member is null)
            {
                return TypedResults.NotFound();
            }

            return Preference.RememberAndReturn(http, MemberResolver.CookieName, member.Workshop.Slug, returnUrl);
        }).ExcludeFromDescription();

    /// <summary>
    /// The API group for one workshop's data: callers must be signed in (401); their endpoints take a
    /// <see cref="WorkshopMember"/>, which binds only inside a workshop they belong to (404 otherwise).
    /// </summary>
    public static RouteGroupBuilder MapWorkshopApi(this WebApplication app, string prefix, string tag) =>
        app.MapGroup($"/api/v1/{prefix}")
            .WithTags(tag)
            .RequireAuthorization(ApiAuthorization.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public const string WorkshopHeader = "X-Workshop";
}
