using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features;

namespace Workshop.Mes.ComponentTests;

/// <summary>A bUnit context with what every page of the app has: MudBlazor, the resources and the test database.</summary>
internal static class MesComponents
{
    public static BunitContext Create(MesDatabase database)
    {
        // The pages read a real database; bUnit's one-second default is too short for the first read on a busy CI
        // machine. This only caps how long a wait may take: each wait still ends as soon as its assertion holds.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(30);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        ParticleLocalizerFactory.Register(context.Services);
        context.Services.AddSingleton(database.Contexts);

        // The dashboard and the work-order list note a visit (the stage assessment's evidence); it needs only the database.
        context.Services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>));
        context.Services.AddScoped<Workshop.Mes.Web.Features.Dashboard.DashboardVisits>();
        return context;
    }
}
