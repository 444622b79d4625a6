using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.WorkOrders.Traveller;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

public sealed partial class TravellerApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("a4", 595.28, 841.89)]
    [InlineData("label", 283.46, 170.08)]
    public async Task The_traveller_is_a_pdf_of_the_chosen_page_size_with_korean_text_embedded(string size, double width, double height)
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var order = shop.WorkOrders.Released("WO-2611-0007", quantity: 30);
        await shop.SaveAsync(database, order);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        using var response = await client.GetAsync($"/api/v1/work-orders/{order.Id}/traveller.pdf?size={size}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var pdf = Encoding.Latin1.GetString(bytes);
        pdf.ShouldStartWith("%PDF");
        var box = MediaBox().Match(pdf);
        box.Success.ShouldBeTrue();
        double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(width, 0.5);
        double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(height, 0.5);
        pdf.ShouldContain("/FontFile2"); // the Hangul TrueType font travels inside the file
        (await client.GetAsync($"/api/v1/work-orders/{order.Id}/traveller.pdf?size=a3")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_long_routing_and_bill_of_materials_continue_on_further_pages_with_nothing_dropped()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var tenant = shop.Tenant.Id;
        var product = new Item(tenant, "JK-01", "테일러드 재킷", ItemKind.Product, "ea", 90_000);
        var routing = Enumerable.Range(1, 15).Select(n => new RoutingStep(tenant, product.Id, n, $"공정{n:00}", n % 2 == 0 ? shop.Sewing.Id : shop.Cutting.Id, 5, 2, n % 5 == 0)).ToList();
        var materials = Enumerable.Range(1, 12).Select(n => new Item(tenant, $"MT-{n:00}", $"부자재 {n:00}", ItemKind.Material, "ea", 100)).ToList();
        var bom = materials.Select(m => new BomLine(tenant, product.Id, m.Id, 2)).ToList();
        var order = new WorkOrderBuilder(tenant, product.Id, routing, bom).Released("WO-2611-0042", quantity: 12);
        await shop.SaveAsync(database, [product, .. routing, .. materials, .. bom, order]);
        var client = await _app.MemberClientAsync(tenant, WorkshopRole.Owner);

        using var response = await client.GetAsync($"/api/v1/work-orders/{order.Id}/traveller.pdf?size=a4&culture=en");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        // The letters as drawn; SkiaSharp's space glyph reads back as a control character.
        var pages = pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value.Any(char.IsControl) ? " " : l.Value))).ToList();
        pages.Count.ShouldBeGreaterThan(1);
        var all = string.Concat(pages);
        Enumerable.Range(1, 15).Select(n => $"공정{n:00}").Where(step => !all.Contains(step, StringComparison.Ordinal)).ShouldBeEmpty();
        Enumerable.Range(1, 12).Select(n => $"MT-{n:00}").Where(code => !all.Contains(code, StringComparison.Ordinal)).ShouldBeEmpty();
        for (var page = 0; page < pages.Count; page++)
        {
            pages[page].ShouldContain("NumberWO-2611-0042", Case.Sensitive);
            pages[page].ShouldContain($"Page {page + 1} of {pages.Count}", Case.Sensitive);
        }
    }

    [Fact]
    public void The_qr_code_drawn_carries_the_orders_payload()
    {
        var matrix = QrMatrix.For(TravellerCodes.Order("WO-2611-0007"));
        var again = new QRCoder.QRCodeGenerator().CreateQrCode("mes:wo:WO-2611-0007", QRCoder.QRCodeGenerator.ECCLevel.M);

        matrix.Size.ShouldBe(again.ModuleMatrix.Count);
        Enumerable.Range(0, matrix.Size).All(r => Enumerable.Range(0, matrix.Size).All(c => matrix[r, c] == again.ModuleMatrix[r][c])).ShouldBeTrue();
        matrix.ToSvg("qr", "QR <a&b>").ShouldContain("data-testid=\"qr\"");
        matrix.ToSvg("qr", "QR <a&b>").ShouldContain("aria-label=\"QR &lt;a&amp;b&gt;\"");
    }

    [GeneratedRegex(@"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]")]
    private static partial Regex MediaBox();
}
