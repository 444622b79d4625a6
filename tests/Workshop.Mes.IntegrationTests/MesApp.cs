using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Workshop.Mes.Domain.Access;
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

    /// <summary>A client that calls the API with a real API key of the workshop, in the role.</summary>
    public async Task<HttpClient> ClientWithApiKeyAsync(Guid workshopId, WorkshopRole role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await TestCredentials.ApiKeyAsync(database, workshopId, role));
        return client;
    }
}
