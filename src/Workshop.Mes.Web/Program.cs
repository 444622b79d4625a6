using Workshop.Mes.Infrastructure.Database.Embedded;
using Workshop.Mes.Web.Features.ApiKeys;
using Workshop.Mes.Web.Features.Assessment;
using Workshop.Mes.Web.Features.Audit;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Changes;
using Workshop.Mes.Web.Features.Dashboard;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Import;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Orders;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.ShopFloor;
using Workshop.Mes.Web.Features.Tablets;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using Workshop.Mes.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddMesLogging();
try
{
    await builder.AddMesDatabaseAsync();
}
catch (PostgresBinariesNotFoundException missing)
{
    await Console.Error.WriteLineAsync(missing.Message);
    return 1;
}

builder.AddMesLocalization();
builder.AddMesApi();
builder.AddMesHealthChecks();
builder.AddMesUserInterface();
builder.AddIdentityModule();
builder.AddMesRateLimiting();
builder.AddMesSecurity();
builder.Services.AddTenancyModule();
builder.Services.AddWorkOrdersModule();
builder.Services.AddCatalogModule();
builder.Services.AddApiKeysModule();
builder.Services.AddAuditModule();
builder.Services.AddTabletsModule();
builder.Services.AddShopFloorModule();
builder.Services.AddDashboardRollups();
builder.Services.AddDashboardFigures();
builder.Services.AddInventoryModule();
builder.Services.AddOrdersModule();
builder.Services.AddImportModule();
builder.Services.AddChangesModule();
builder.Services.AddQualityModule();
builder.Services.AddAssessmentModule();

// Disposing the app also stops the embedded cluster, however the process ends.
await using var app = builder.Build();

if (HostCommands.TryGet(args) is { } command)
{
    return await HostCommands.RunAsync(app, command, args);
}

await app.PrepareDatabaseAsync();

app.UseMesPipeline();
app.MapMesHealthChecks();
app.MapMesApiReference();
app.MapIdentityModule();
app.MapTenancyEndpoints();
app.MapPeopleApi();
app.MapWorkOrdersApi();
app.MapCatalogApi();
app.MapApiKeysApi();
app.MapAuditApi();
app.MapTabletsApi();
app.MapShopFloorApi();
app.MapDashboardApi();
app.MapInventoryApi();
app.MapKitIssueApi();
app.MapOrdersApi();
app.MapImportApi();
app.MapQualityApi();
app.MapAssessmentApi();
app.MapMesUserInterface();

await app.RunAsync();
return 0;

/// <summary>Entry point, public so the integration tests can host it.</summary>
public partial class Program;
