using System.Net;
using System.Net.Http.Json;
using UglyToad.PdfPig;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Orders.OrderApi;

namespace Workshop.Mes.IntegrationTests.Orders;

/// <summary>The delivery statement (거래명세서) a shipment prints: its words, figures and lots, in the reader's language, only for its own workshop.</summary>
public sealed class DeliveryStatementTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_shipment_prints_a_korean_statement_with_customer_item_quantity_lots_and_totals_in_won()
    {
        var (shop, client, shipment) = await ShippedAsync(30, ("FG-2611-0001", 20), ("FG-2611-0002", 10));

        using var response = await client.GetAsync($"/api/v1/shipments/{shipment.Id}/statement.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"거래명세서-{shipment.Number}.pdf");
        var text = await TextAsync(response);
        text.ShouldContain("거래명세서");
        text.ShouldContain(shipment.Number);
        text.ShouldContain("공급자");
        text.ShouldContain(shop.Tenant.Name.Replace(" ", string.Empty, StringComparison.Ordinal));
        text.ShouldContain("공급받는자");
        text.ShouldContain("한빛상사");
        text.ShouldContain(shop.Product.Name.Replace(" ", string.Empty, StringComparison.Ordinal));
        text.ShouldContain(shop.Product.Code);

        // 30 at the standard cost of 18,000원: 540,000원 supply, 54,000원 VAT, 594,000원 in all.
        text.ShouldContain("30개");
        text.ShouldContain("18,000원540,000원54,000원");
        text.ShouldContain("합계금액594,000원");
        text.ShouldContain("로트2개,아래참고");
        text.ShouldContain("출하로트");
        text.ShouldContain("FG-2611-0001×20개,FG-2611-0002×10개");
        text.ShouldContain("인수자");
        text.ShouldContain("2026-11-20");
    }

    [Fact]
    public async Task In_english_the_statement_speaks_english()
    {
        var (_, client, shipment) = await ShippedAsync(5, ("FG-1", 5));

        using var response = await client.GetAsync($"/api/v1/shipments/{shipment.Id}/statement.pdf?culture=en");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await TextAsync(response);
        text.ShouldContain("Deliverystatement");
        text.ShouldContain("Receivedby");
        text.ShouldContain("₩99,000");
        text.ShouldNotContain("거래명세서");
    }

    [Fact]
    public async Task Another_workshops_shipment_and_an_unknown_one_have_no_statement()
    {
        var (_, _, shipment) = await ShippedAsync(5, ("FG-1", 5));
        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var intruder = await _app.MemberClientAsync(other.Tenant.Id, WorkshopRole.Owner);

        (await intruder.GetAsync($"/api/v1/shipments/{shipment.Id}/statement.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.GetAsync($"/api/v1/shipments/{Guid.NewGuid()}/statement.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Ships the lots (number, quantity) of the test product against a new order of <paramref name="ordered"/> for 한빛상사.</summary>
    private async Task<(TestWorkshop Shop, HttpClient Client, ShipmentView Shipment)> ShippedAsync(decimal ordered, params (string Lot, decimal Quantity)[] lots)
    {
        var stock = await StockedWorkshop.CreateAsync(database);
        var shop = stock.Shop;
        var client = await _app.MemberClientAsync(stock.Id, WorkshopRole.Owner);
        var order = await TakeOrderAsync(client, shop, quantity: ordered);
        var lines = new List<object>();
        foreach (var (number, quantity) in lots)
        {
            var lot = await stock.LotOnHandAsync(database, shop.Product, stock.Finished, number, 100);
            lines.Add(new { orderLineId = order.Lines[0].Id, lotId = lot.Id, quantity, locationId = stock.Finished.Id });
        }

        using var response = await client.PostAsJsonAsync("/api/v1/shipments", new { customerOrderId = order.Id, shippedAt = "2026-11-20T15:00:00+09:00", lines });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (shop, client, (await response.Content.ReadFromJsonAsync<ShipmentView>(ApiJson.Options))!);
    }

    /// <summary>The letters as drawn, without spaces (SkiaSharp's space glyph reads back as a control character).</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).Where(v => !v.Any(char.IsControl) && !string.IsNullOrWhiteSpace(v)));
    }
}
