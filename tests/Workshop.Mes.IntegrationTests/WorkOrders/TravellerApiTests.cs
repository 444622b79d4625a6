using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Workshop.Mes.Domain.Access;
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
        var order = shop.ReleasedWorkOrder("WO-2611-0007", quantity: 30);
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
    public void The_qr_code_drawn_carries_the_orders_payload()
    {
        var matrix = QrMatrix.For(TravellerCodes.Order("WO-2611-0007"));
        var again = new QRCoder.QRCodeGenerator().CreateQrCode("mes:wo:WO-2611-0007", QRCoder.QRCodeGenerator.ECCLevel.M);

        matrix.Size.ShouldBe(again.ModuleMatrix.Count);
        Enumerable.Range(0, matrix.Size).All(r => Enumerable.Range(0, matrix.Size).All(c => matrix[r, c] == again.ModuleMatrix[r][c])).ShouldBeTrue();
        matrix.ToSvg("qr").ShouldContain("data-testid=\"qr\"");
    }

    [GeneratedRegex(@"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]")]
    private static partial Regex MediaBox();
}
