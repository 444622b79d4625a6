using MudBlazor.Services;
using Serilog;
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
        builder.Services.AddMudServices();
    }

    /// <summary>The request pipeline in the order requests meet it.</summary>
    public static void UseMesPipeline(this WebApplication app)
    {
        // Localization first, so that even a failure is explained in the person's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging();
        app.UseAntiforgery();
    }

    public static void MapMesUserInterface(this WebApplication app)
    {
        app.MapCultureSwitch();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
