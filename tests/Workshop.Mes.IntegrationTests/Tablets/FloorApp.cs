using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.IntegrationTests.Tablets;

/// <summary>A clock the test moves: pairing codes expire, shifts end.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}

/// <summary>The real host with a clock the test controls, and the arrangements floor tests need.</summary>
internal sealed class FloorApp : MesApp
{
    public const string Pin = "2580";

    private FloorApp(MesDatabase database, bool sharedByClass)
        : base(database, sharedByClass) => Database = database;

    /// <summary>The class's one floor host (see <see cref="MesApp.SharedBy"/>); each test sets the clock it starts from.</summary>
    public static new FloorApp SharedBy(MesDatabase database) => database.SharedByClass(() => new FloorApp(database, sharedByClass: true));

    /// <summary>A host of its own allowing <paramref name="perMinute"/> PIN sign-ins and pairings per tablet or address; dispose it.</summary>
    public static FloorApp WithPinLimit(MesDatabase database, int perMinute) => new(database, sharedByClass: false) { PinPerMinute = perMinute };

    public TestClock Clock { get; } = new(TestWorkshop.Now);

    public MesDatabase Database { get; }

    private int? PinPerMinute { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (PinPerMinute is { } limit)
        {
            builder.UseSetting("Security:RateLimits:PinPerMinute", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>An HTTPS client (the floor cookies are Secure) that keeps cookies and shows redirects.</summary>
    public HttpClient Browser() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>A tablet client holding a freshly enrolled device credential of the workshop.</summary>
    public async Task<(HttpClient Client, Guid DeviceId)> TabletAsync(Guid workshopId, string name = "재단대 태블릿")
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
        return (client, device.Id);
    }

    public async Task SetPinAsync(Guid workerId, string pin = Pin)
    {
        await using var db = Database.CreateContext();
        var worker = await db.Workers.SingleAsync(w => w.Id == workerId);
        worker.SetPinHash(PinHasher.Hash(worker, pin));
        await db.SaveChangesAsync();
    }

    /// <summary>The workshop's owner, acting through the services as the owner's pages do.</summary>
    public static WorkshopMember Owner(TestWorkshop shop) =>
        new(new WorkshopRef(shop.Tenant.Id, shop.Tenant.Slug, shop.Tenant.Name, shop.Tenant.TimeZone), WorkshopRole.Owner, new AuditActor(ActorKind.User, Guid.NewGuid(), "사장님"));

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public MesContexts Contexts => Services.GetRequiredService<MesContexts>();
}
