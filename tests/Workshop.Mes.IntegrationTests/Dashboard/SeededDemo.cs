using System.Globalization;
using System.Net.Http.Json;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.DemoData;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.IntegrationTests.Dashboard;

/// <summary>
/// The demo workshops seeded once for a whole test class (seeding months of history takes a while, and these tests
/// only read), with the Changsin-dong garment owner's client asking the dashboard for its whole history.
/// </summary>
internal sealed class SeededDemo(MesDatabase database) : IAsyncDisposable
{
    private readonly MesApp _app = new(database);
    private Task<HttpClient>? _owner;

    public static SeededDemo SharedBy(MesDatabase database) => database.SharedByClass(() => new SeededDemo(database));

    /// <summary>The whole demo history: from before it starts up to today.</summary>
    public static string Range
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);
            return string.Create(CultureInfo.InvariantCulture, $"from={today.AddDays(-7 * (ChangsinGarmentWorkshop.HistoryWeeks + 1)):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        }
    }

    public Task<HttpClient> OwnerAsync()
    {
        lock (_app)
        {
            return _owner ??= SeedAsync();
        }
    }

    public async Task<T> GetAsync<T>(string url)
    {
        var owner = await OwnerAsync();
        var response = await owner.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<HttpClient> SeedAsync()
    {
        await database.ResetAsync();
        await DatabaseHosting.SeedDemoDataAsync(_app.Services, CancellationToken.None);
        await using var db = database.CreateContext();
        var garment = db.Workshops.Single(w => w.Slug == DemoWorkshops.ChangsinGarment).Id;
        return await _app.MemberClientAsync(garment, WorkshopRole.Owner);
    }
}
