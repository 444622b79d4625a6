using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests;

/// <summary>The real host on the test database; already migrated, so it neither migrates nor seeds.</summary>
internal class MesApp(MesDatabase database, bool sharedByClass = false) : WebApplicationFactory<Program>
{
    /// <summary>
    /// The one host for all the tests of a class (building a host costs seconds; the tests of a class run one at a
    /// time, each on an emptied database, and the host keeps nothing they assert in memory). Do not dispose it: the
    /// class's <see cref="MesDatabase"/> does. Classes whose tests need a host of their own (first-run set-up, a
    /// clock they move, changed services) keep building one per test.
    /// </summary>
    public static MesApp SharedBy(MesDatabase database) => database.SharedByClass(() => new MesApp(database, sharedByClass: true));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Mes", database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:MesOwner", database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "false");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Assessment:WeeklyEvaluations", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (sharedByClass)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddresses()));
        }
    }

    /// <summary>
    /// On a shared host every client comes from an address of its own, as people do: the sign-in form allows ten
    /// tries a minute per address, which one class's tests together would use up. The limits themselves are
    /// proved by RateLimitTests; within one client they still apply.
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (sharedByClass)
        {
            client.DefaultRequestHeaders.Add(ClientAddresses.Header, ClientAddresses.Next());
        }
    }

    /// <summary>
    /// A client acting in the workshop in the role: people (owners) sign in for real through the sign-in form and
    /// carry the cookie; the other roles use a real API key.
    /// </summary>
    public async Task<HttpClient> MemberClientAsync(Guid workshopId, WorkshopRole role)
    {
        if (role != WorkshopRole.Owner)
        {
            return await ClientWithApiKeyAsync(workshopId, role);
        }

        var user = await TestCredentials.UserAsync(database, $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.example", (workshopId, role));
        return await SignedInClientAsync(user.Email!);
    }

    /// <summary>Signs in through the real sign-in page (antiforgery token and all) over HTTPS, so the secure cookie is kept.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password = TestCredentials.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await SignIn.SubmitAsync(client, email, password);
        return client;
    }

    /// <summary>A client that calls the API with a real API key of the workshop, in the role.</summary>
    public async Task<HttpClient> ClientWithApiKeyAsync(Guid workshopId, WorkshopRole role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await TestCredentials.ApiKeyAsync(database, workshopId, role));
        return client;
    }
}

/// <summary>Sets the connection's remote address from a header only the test clients send (documentation range, 2001:db8::/32).</summary>
internal sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    private static int _last;

    public static string Next() => $"2001:db8::{Interlocked.Increment(ref _last):x}";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            if (http.Request.Headers.TryGetValue(Header, out var address))
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }

            return nextMiddleware(http);
        });
        next(app);
    };
}
