using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.Web.Features.Tenancy;

internal static class TenancyModule
{
    public static IServiceCollection AddTenancyModule(this IServiceCollection services) =>
        services.AddSingleton<WorkshopDirectory>();

    /// <summary><c>/workshop?slug=…</c> switches the workshop the pages show and returns to the page.</summary>
    public static void MapTenancyEndpoints(this WebApplication app) =>
        app.MapGet("/workshop", async Task<IResult> (string slug, string? returnUrl, WorkshopDirectory directory, HttpContext http, CancellationToken cancellationToken) =>
        {
            var workshop = await directory.ResolveAsync(slug, cancellationToken);
            if (workshop is null)
            {
                return TypedResults.NotFound();
            }

            return Preference.RememberAndReturn(http, WorkshopDirectory.CookieName, workshop.Slug, returnUrl);
        }).ExcludeFromDescription();
}
