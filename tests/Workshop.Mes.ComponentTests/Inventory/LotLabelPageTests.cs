using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Tenancy;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Workshop.Mes.ComponentTests.Inventory;

/// <summary>The printable lot label (로트 라벨): what a person reads on it, and what a scanner reads from its QR code.</summary>
public sealed partial class LotLabelPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;

    public LotLabelPageTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now));
        _context.Services.AddSingleton<LotQueries>();
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task The_label_shows_the_lot_and_its_qr_code_scans_as_the_lot_payload()
    {
        var stock = await StockedWorkshop.CreateAsync(_database);
        var lot = await stock.ReceiveFabricAsync(_database, "FAB-2611-07", 37.5m, new DateOnly(2027, 5, 31), TestWorkshop.Now.AddDays(-2));

        var page = Render(stock.Shop, lot.Id, WorkshopRole.Owner);

        page.WaitForAssertion(() => page.FindAll("[data-testid=lot-label-copy]").ShouldHaveSingleItem());
        var label = page.Find("[data-testid=lot-label-copy]").TextContent;
        label.ShouldContain("FAB-2611-07");
        label.ShouldContain(stock.Fabric.Code);
        label.ShouldContain(stock.Fabric.Name);
        label.ShouldContain("37.5");
        label.ShouldContain("2026-11-08");
        label.ShouldContain("2027-05-31");
        Scan(page.Find("[data-testid=lot-qr]").OuterHtml).ShouldBe("mes:lot:FAB-2611-07");
    }

    [Fact]
    public async Task Several_copies_can_be_asked_for_in_the_address()
    {
        var stock = await StockedWorkshop.CreateAsync(_database);
        var lot = await stock.ReceiveFabricAsync(_database, "FAB-2611-08", 10, null, TestWorkshop.Now);

        var page = Render(stock.Shop, lot.Id, WorkshopRole.Owner, copies: 4);

        page.WaitForAssertion(() => page.FindAll("[data-testid=lot-label-copy]").Count.ShouldBe(4));
        page.Find("[data-testid=label-expiry]").TextContent.Trim().ShouldBe("유효기한: 없음");
    }

    [Fact]
    public async Task A_lot_of_another_workshop_or_none_at_all_is_not_found()
    {
        var stock = await StockedWorkshop.CreateAsync(_database);

        var page = Render(stock.Shop, Guid.CreateVersion7(), WorkshopRole.Owner);

        page.WaitForAssertion(() => page.Markup.ShouldContain("해당 로트가 없습니다."));
        page.FindAll("[data-testid=lot-label-copy]").ShouldBeEmpty();
    }

    /// <summary>Reads the QR code of an inline SVG drawn as unit squares, rendered at 4 pixels a module, as a scanner does.</summary>
    private static string Scan(string svg)
    {
        var size = int.Parse(ViewBox().Match(svg).Groups[1].Value, CultureInfo.InvariantCulture);
        const int Scale = 4;
        var pixels = Enumerable.Repeat((byte)255, size * Scale * size * Scale).ToArray();
        foreach (Match square in Square().Matches(svg))
        {
            var column = int.Parse(square.Groups[1].Value, CultureInfo.InvariantCulture);
            var row = int.Parse(square.Groups[2].Value, CultureInfo.InvariantCulture);
            for (var y = row * Scale; y < (row + 1) * Scale; y++)
            {
                for (var x = column * Scale; x < (column + 1) * Scale; x++)
                {
                    pixels[(y * size * Scale) + x] = 0;
                }
            }
        }

        var source = new RGBLuminanceSource(pixels, size * Scale, size * Scale, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        result.ShouldNotBeNull("the QR code did not scan");
        return result.Text;
    }

    private IRenderedComponent<LotLabelPage> Render(TestWorkshop workshop, Guid lotId, WorkshopRole role, int? copies = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var member = new WorkshopMember(
            new WorkshopRef(workshop.Tenant.Id, workshop.Tenant.Slug, workshop.Tenant.Name, workshop.Tenant.TimeZone),
            role,
            new AuditActor(ActorKind.User, Guid.CreateVersion7(), "owner@test"));
        _context.Render<MudPopoverProvider>();
        if (copies is { } asked)
        {
            _context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/inventory/lots/{lotId}/label?copies={asked}");
        }

        return _context.Render<LotLabelPage>(parameters => parameters.Add(p => p.Id, lotId).AddCascadingValue(member));
    }

    [GeneratedRegex(@"viewBox=""0 0 (\d+) \d+""")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"M(\d+) (\d+)h1v1h-1z")]
    private static partial Regex Square();
}
