using Workshop.Mes.Web.Features.Api;
using MudBlazor.Services;
using Workshop.Mes.Web.Components;

namespace Workshop.Mes.Web.Hosting;

internal static class UserInterfaceHosting
{
    /// <summary>Blazor Server pages with MudBlazor for owners and consultants.</summary>
    public static void AddMesUserInterface(this WebApplicationBuilder builder)
    {
        // Serves MudBlazor's files from the build output in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Toasts at the bottom left: a page's action buttons sit at the top right and a dialog's at its bottom right,
        // so a toast never covers the button the person reaches for next (issue 13).
        builder.Services.AddMudServices(mud =>
        {
            mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
            mud.SnackbarConfiguration.PreventDuplicates = true;
            mud.SnackbarConfiguration.ShowCloseIcon = true;
        });
        builder.Services.AddTransient<MudBlazor.MudLocalizer, MesMudLocalizer>();
    }

    /// <summary>The request pipeline in the order requests meet it.</summary>
    public static void UseMesPipeline(this WebApplication app)
    {
        // The request log outside everything that answers, so it records the status the client really got (a refused
        // request raised as an exception is its 4xx, not a 500). Security headers before anything can answer;
        // localization next, so even a failure is explained in the person's language.
        app.UseMesRequestLogging();
        app.UseMesSecurity();
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseCrossSiteRefusal();
        app.UseMiddleware<QueryTextGuard>();

        // The API answers bare errors as problem details; people in a browser get the not-found page.
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(
            http => !http.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));

        // Routing after the status-code pages, so a re-executed request finds the not-found page.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMesRateLimiter();
        app.UseAntiforgery();
        app.UseIdempotencyBuffering();
    }

    public static void MapMesUserInterface(this WebApplication app)
    {
        app.MapCultureSwitch();
        app.MapStaticAssets().AllowAnonymous();

        // The tablet app (Workshop.Mes.ShopFloor, ADR 0050): its files come from the static assets above under /floor/,
        // and every other address under it (and /floor itself, which the app sends on to /floor/) is one of its screens.
        app.MapFallbackToFile(SecurityHosting.FloorAppPath + "/{*path:nonfile}", "floor/index.html").AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
