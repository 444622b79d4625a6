using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests;

/// <summary>The real host on the test database; already migrated, so it neither migrates nor seeds.</summary>
internal class MesApp(MesDatabase database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Mes", database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:MesOwner", database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "false");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
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
