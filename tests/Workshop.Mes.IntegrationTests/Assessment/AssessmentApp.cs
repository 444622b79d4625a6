using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Assessment;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// The real host with a clock the test moves over months of a workshop's life. Months pass in seconds of real time, so
/// the per-minute limits on PIN sign-ins and floor events (real time, proved by the rate-limit tests) are raised.
/// </summary>
internal sealed class AssessmentApp(MesDatabase database) : MesApp(database)
{
    public TestClock Clock { get; } = new(TestWorkshop.Now);

    public MesDatabase Database { get; } = database;

    /// <summary>The class's one host; each test sets the clock it starts from.</summary>
    public static new AssessmentApp SharedBy(MesDatabase database) => database.SharedByClass(() => new AssessmentApp(database));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RateLimits:PinPerMinute", "100000");
        builder.UseSetting("Security:RateLimits:FloorIngestPerMinute", "100000");
        builder.UseSetting("Security:RateLimits:SignInPerMinute", "1000");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>An HTTPS client (the cookies are Secure) that keeps cookies.</summary>
    public HttpClient Browser() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>A tablet client holding a freshly enrolled device credential of the workshop.</summary>
    public async Task<HttpClient> TabletAsync(Guid workshopId, string name)
    {
        var device = new FloorDevice(workshopId, name, Clock.Now);
        var token = device.IssueCredential();
        await using (var db = Database.CreateContext())
        {
            db.FloorDevices.Add(device);
            await db.SaveChangesAsync();
        }

        var client = Browser();
        client.DefaultRequestHeaders.Authorization = new("Device", token.Value);
        return client;
    }

    public async Task SetPinAsync(Guid workerId)
    {
        await using var db = Database.CreateContext();
        var worker = await db.Workers.SingleAsync(w => w.Id == workerId);
        worker.SetPinHash(PinHasher.Hash(worker, FloorApp.Pin));
        await db.SaveChangesAsync();
    }

    /// <summary>Fills the weekly evaluations (the stability rule's history) and reads the stage report as of now, as the owner.</summary>
    public async Task<StageReport> EvaluateAsync(TestWorkshop shop)
    {
        var owner = FloorApp.Owner(shop);
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<WeeklyEvaluations>().CatchUpAsync(owner, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<StageReports>().CurrentAsync(owner, CancellationToken.None);
    }

    /// <summary>The weekly evaluations kept for the workshop, oldest first.</summary>
    public async Task<IReadOnlyList<StageEvaluationRecord>> WeeklyAsync(Guid workshopId)
    {
        await using var db = Database.CreateContext();
        return await db.StageEvaluations.IgnoreQueryFilters().Where(e => e.WorkshopId == workshopId && e.Kind == EvaluationKind.Weekly).OrderBy(e => e.WeekOf).ToListAsync();
    }
}
