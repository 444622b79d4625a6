using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.IntegrationTests.Orders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>
/// A workshop with something for every write to act on (a draft and a released work order, a customer order,
/// lots on hand, a defect code), the owner signed in, and the writes themselves: each field people fill in, with a
/// body that is valid everywhere but that field. The edge tests put one bad value into every field in turn.
/// </summary>
internal sealed class EdgeWorkshop
{
    private EdgeWorkshop(TestWorkshop shop, HttpClient owner, Location store, Location finished, Item buttons, DefectCode defect, WorkOrder draft, WorkOrder released, CustomerOrderView order, Lot fabricLot, Lot finishedLot)
    {
        (Shop, Owner, Store, Finished, Buttons, Defect) = (shop, owner, store, finished, buttons, defect);
        (Draft, Released, Order, FabricLot, FinishedLot) = (draft, released, order, fabricLot, finishedLot);
    }

    public TestWorkshop Shop { get; }

    public HttpClient Owner { get; }

    public Location Store { get; }

    public Location Finished { get; }

    public Item Buttons { get; }

    public DefectCode Defect { get; }

    public WorkOrder Draft { get; }

    public WorkOrder Released { get; }

    public CustomerOrderView Order { get; }

    public Lot FabricLot { get; }

    public Lot FinishedLot { get; }

    public static async Task<EdgeWorkshop> CreateAsync(MesDatabase database, MesApp app)
    {
        var stock = await StockedWorkshop.CreateAsync(database);
        var shop = stock.Shop;
        var defect = new DefectCode(shop.Tenant.Id, "D-01", "박음질 불량", CauseCategory.Method, "#FF0000", "content_cut");
        var draft = shop.WorkOrders.Draft("WO-2611-0001");
        var released = shop.WorkOrders.Released("WO-2611-0002");
        await shop.SaveAsync(database, defect, draft, released);
        var owner = await app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await OrderApi.TakeOrderAsync(owner, shop);
        var fabricLot = await stock.LotOnHandAsync(database, shop.Fabric, stock.Store, "L-2611-01", 100);
        var finishedLot = await stock.LotOnHandAsync(database, shop.Product, stock.Finished, "FG-2611-01", 100);
        return new EdgeWorkshop(shop, owner, stock.Store, stock.Finished, stock.Buttons, defect, draft, released, order, fabricLot, finishedLot);
    }

    /// <summary>Sends the write with <paramref name="value"/> (a JSON literal, or a query value for reads) in its field.</summary>
    public async Task<HttpResponseMessage> SendAsync(FieldWrite write, string value, string culture = "en")
    {
        var path = write.Path(this, value);
        var request = new HttpRequestMessage(write.Method, $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={culture}");
        if (write.Body is { } body)
        {
            request.Content = new StringContent(body(this, value), Encoding.UTF8, "application/json");
        }

        if (write.VersionOf is { } resource)
        {
            using var read = await Owner.GetAsync(resource(this));
            request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        }

        return await Owner.SendAsync(request);
    }

    /// <summary>Every module table's row count: a refused write leaves them all as they were.</summary>
    public static async Task<Dictionary<string, long>> RowCountsAsync(MesDatabase database)
    {
        var tables = new List<string>();
        await using (var list = database.DataSource.CreateCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('public', 'pg_catalog', 'information_schema')"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        await using var count = database.DataSource.CreateCommand(string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', count(*) FROM {t}")));
        await using var counts = await count.ExecuteReaderAsync();
        var result = new Dictionary<string, long>();
        while (await counts.ReadAsync())
        {
            result[counts.GetString(0)] = counts.GetInt64(1);
        }

        return result;
    }

    /// <summary>
    /// Sends the bad value to every write and describes each that did not answer 400 naming its field, or that saved
    /// anything; an empty list means every write refused it cleanly.
    /// </summary>
    public async Task<List<string>> WrongAnswersAsync(MesDatabase database, IEnumerable<FieldWrite> writes, string value)
    {
        var wrong = new List<string>();
        var before = await RowCountsAsync(database);
        foreach (var write in writes)
        {
            using var response = await SendAsync(write, value);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || !ErrorsOf(body).ContainsKey(write.Field))
            {
                wrong.Add($"{write}: {(int)response.StatusCode} {body}");
            }

            var after = await RowCountsAsync(database);
            if (after.Where(c => before[c.Key] != c.Value).Select(c => c.Key).ToList() is { Count: > 0 } changed)
            {
                wrong.Add($"{write}: saved rows in {string.Join(", ", changed)}");
                before = after;
            }
        }

        return wrong;
    }

    public static Dictionary<string, string> ErrorsOf(string problem)
    {
        using var json = JsonDocument.Parse(problem.Length == 0 ? "{}" : problem);
        return json.RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString() ?? string.Empty)
            : [];
    }

    /// <summary>A JSON string holding <paramref name="text"/>, escaped as any client would send it.</summary>
    public static string Json(string text) => JsonSerializer.Serialize(text);
}

/// <summary>One field of one endpoint: where it goes, a body valid but for that field, and the resource whose version an update needs.</summary>
internal sealed record FieldWrite(
    string Endpoint,
    string Field,
    HttpMethod Method,
    Func<EdgeWorkshop, string, string> Path,
    Func<EdgeWorkshop, string, string>? Body = null,
    Func<EdgeWorkshop, string>? VersionOf = null)
{
    public override string ToString() => $"{Method} {Endpoint} {Field}";

    public static FieldWrite Post(string path, string field, Func<EdgeWorkshop, string, string> body) => new(path, field, HttpMethod.Post, (_, _) => path, body);

    public static FieldWrite Post(string endpoint, Func<EdgeWorkshop, string> path, string field, Func<EdgeWorkshop, string, string> body) =>
        new(endpoint, field, HttpMethod.Post, (s, _) => path(s), body);

    /// <summary>A list read whose query parameter <paramref name="field"/> takes the value.</summary>
    public static FieldWrite Read(string path, string field) =>
        new(path, field, HttpMethod.Get, (_, value) => $"{path}?{field}={Uri.EscapeDataString(value)}");
}
