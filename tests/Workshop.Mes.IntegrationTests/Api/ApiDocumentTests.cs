using System.Text.Json;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>
/// What a client generator reads from <c>/openapi/v1.json</c>: how to authenticate each call, what each call answers
/// (downloads with their media types), what each group of calls is for, and what a main request looks like.
/// </summary>
public sealed class ApiDocumentTests(MesDatabase database) : IClassFixture<MesDatabase>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] _methods = ["get", "put", "post", "delete", "patch"];

    private readonly MesApp _app = MesApp.SharedBy(database);

    [Fact]
    public async Task The_three_credentials_are_declared_as_security_schemes()
    {
        using var document = await DocumentAsync();

        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        var apiKey = schemes.GetProperty("ApiKey");
        apiKey.GetProperty("type").GetString().ShouldBe("http");
        apiKey.GetProperty("scheme").GetString().ShouldBe("bearer");
        var cookie = schemes.GetProperty("SignInCookie");
        cookie.GetProperty("type").GetString().ShouldBe("apiKey");
        cookie.GetProperty("in").GetString().ShouldBe("cookie");
        cookie.GetProperty("name").GetString().ShouldBe("mes.auth");
        var device = schemes.GetProperty("Device");
        device.GetProperty("type").GetString().ShouldBe("apiKey");
        device.GetProperty("in").GetString().ShouldBe("header");
        device.GetProperty("name").GetString().ShouldBe("Authorization");
        schemes.GetProperty("WorkerSession").GetProperty("name").GetString().ShouldBe("X-Worker-Session");
    }

    [Fact]
    public async Task Every_operation_says_how_to_authenticate_and_only_redeeming_a_pairing_is_anonymous()
    {
        using var document = await DocumentAsync();

        var operations = Operations(document).ToList();
        operations.Where(o => !o.Operation.TryGetProperty("security", out _)).Select(o => o.Id).ShouldBeEmpty();
        operations.Where(o => o.Operation.GetProperty("security").GetArrayLength() == 0).Select(o => o.Id).ShouldBe(["RedeemPairing"]);

        Requirements(operations.Single(o => o.Id == "ListFloorWorkers").Operation).ShouldBe(["Device"]);
        Requirements(operations.Single(o => o.Id == "ListWorkOrders").Operation).ShouldBe(["ApiKey", "SignInCookie", "Device+WorkerSession"]);
        Requirements(operations.Single(o => o.Id == "ReceiveStock").Operation).ShouldBe(["ApiKey", "SignInCookie", "Device+WorkerSession"]);
    }

    [Fact]
    public async Task Every_operation_documents_its_success()
    {
        using var document = await DocumentAsync();

        Operations(document)
            .Where(o => !o.Operation.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')))
            .Select(o => o.Id)
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task Downloads_declare_their_file_types()
    {
        using var document = await DocumentAsync();

        var operations = Operations(document).ToList();
        var downloads = operations.Where(o => o.Id.StartsWith("Export", StringComparison.Ordinal) || o.Id.EndsWith("ImportTemplate", StringComparison.Ordinal)).ToList();
        downloads.Count.ShouldBeGreaterThanOrEqualTo(13);
        foreach (var (id, operation) in downloads)
        {
            MediaTypes(operation).ShouldBe(["text/csv", Xlsx], id);
        }

        MediaTypes(operations.Single(o => o.Id == "GetWorkOrderTraveller").Operation).ShouldBe(["application/pdf"]);
    }

    [Fact]
    public async Task Every_tag_in_use_has_a_description()
    {
        using var document = await DocumentAsync();

        var described = document.RootElement.GetProperty("tags").EnumerateArray()
            .Where(t => !string.IsNullOrWhiteSpace(t.TryGetProperty("description", out var d) ? d.GetString() : null))
            .Select(t => t.GetProperty("name").GetString())
            .ToHashSet();
        var used = Operations(document).SelectMany(o => o.Operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString())).Distinct();

        used.Where(t => !described.Contains(t)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("CreateWorkOrder", "productId")]
    [InlineData("CreateCustomerOrder", "lines")]
    [InlineData("ReceiveStock", "lotNumber")]
    [InlineData("IssueStock", "workOrderId")]
    [InlineData("CreateItem", "code")]
    public async Task The_main_requests_have_an_example_body(string operationId, string field)
    {
        using var document = await DocumentAsync();

        var operation = Operations(document).Single(o => o.Id == operationId).Operation;
        var example = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        example.TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Quantities_and_money_are_numbers_a_generated_client_can_type()
    {
        using var document = await DocumentAsync();

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        Types(schemas.GetProperty("ItemRequest").GetProperty("properties").GetProperty("standardCost")).ShouldBe(["number"]);
        Types(schemas.GetProperty("ReceiptRequest").GetProperty("properties").GetProperty("quantity")).ShouldBe(["null", "number"], ignoreOrder: true);
        Types(schemas.GetProperty("LineSplit").GetProperty("properties").GetProperty("quantities").GetProperty("items")).ShouldBe(["number"]);
    }

    private async Task<JsonDocument> DocumentAsync() =>
        JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"));

    private static IEnumerable<(string Id, JsonElement Operation)> Operations(JsonDocument document) =>
        document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(m => _methods.Contains(m.Name)))
            .Select(m => (m.Value.GetProperty("operationId").GetString()!, m.Value));

    /// <summary>Each alternative as its schemes joined by +.</summary>
    private static string[] Requirements(JsonElement operation) =>
        [.. operation.GetProperty("security").EnumerateArray().Select(r => string.Join('+', r.EnumerateObject().Select(s => s.Name)))];

    private static string[] Types(JsonElement schema) =>
        schema.GetProperty("type") is { ValueKind: JsonValueKind.Array } types ? [.. types.EnumerateArray().Select(t => t.GetString()!)] : [schema.GetProperty("type").GetString()!];

    private static string[] MediaTypes(JsonElement operation) =>
        [.. operation.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name)];
}
