using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Inventory;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Hosting;

/// <summary>
/// A request the API cannot even read — a value of the wrong shape, a body that is not JSON, a query parameter that
/// is not a number — answers like any other bad input: 400 problem details in the person's language, naming the field.
/// </summary>
public sealed class UnreadableRequestTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_value_of_the_wrong_shape_names_its_field_in_korean_and_saves_nothing()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var response = await client.PostAsync("/api/v1/stock/receipts?culture=ko", Json($$"""{"itemId":"","quantity":5,"locationId":"{{shop.Store.Id}}"}"""));

        var problem = await ProblemAsync(response);
        problem.GetProperty("title").GetString().ShouldBe("입력값을 확인해 주세요.");
        problem.GetProperty("errors").GetProperty("itemId")[0].GetString()!.ShouldStartWith("이 값을 읽을 수 없습니다.");
        await using var db = database.CreateContext();
        (await db.StockMovements.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_wrong_shape_deep_in_the_body_names_the_line_and_field()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var response = await client.PostAsync("/api/v1/customer-orders?culture=en", Json("""{"customerName":"Hanbit","lines":[{"quantity":"twelve"}]}"""));

        var problem = await ProblemAsync(response);
        problem.GetProperty("errors").GetProperty("lines[0].quantity")[0].GetString()!.ShouldStartWith("This value could not be read.");
    }

    [Fact]
    public async Task A_body_that_is_not_json_says_so()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var response = await client.PostAsync("/api/v1/stock/receipts?culture=en", Json("{ this is not json"));

        var problem = await ProblemAsync(response);
        problem.GetProperty("detail").GetString().ShouldBe("The request body is missing or is not valid JSON.");
    }

    [Fact]
    public async Task A_query_parameter_that_is_not_a_number_is_named()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var response = await client.GetAsync("/api/v1/items?limit=lots&culture=ko");

        var problem = await ProblemAsync(response);
        problem.GetProperty("errors").GetProperty("limit")[0].GetString()!.ShouldStartWith("이 값을 읽을 수 없습니다.");
    }

    [Theory]
    [InlineData("en", "The If-Match header must be an ETag this API returned, such as \"1234\".")]
    [InlineData("ko", "If-Match 헤더에는 조회할 때 받은 ETag(예: \"1234\")를 보내 주세요.")]
    public async Task A_malformed_if_match_names_the_header_not_the_body(string culture, string message)
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/items/{shop.Fabric.Id}?culture={culture}")
        {
            Content = Json("""{"code":"FB-01","name":"면 원단","kind":"Material","unit":"yd"}"""),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "version-7");

        var response = await client.SendAsync(request);

        var problem = await ProblemAsync(response);
        problem.GetProperty("errors").GetProperty("If-Match")[0].GetString().ShouldBe(message);
        problem.TryGetProperty("detail", out _).ShouldBeFalse();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
