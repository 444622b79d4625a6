using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Import;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>
/// Issue 9, defect 11, for spreadsheets: a cell goes through the same rules as a field of the API (ADR 0027), so a
/// NUL, a number its column cannot hold or a far date is an error on that cell, never a 500 or a silent zero.
/// </summary>
public sealed class ImportEdgesTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_NUL_in_a_cell_is_an_error_on_that_cell_and_the_sheet_saves_nothing()
    {
        var (owner, before) = await OwnerAsync();
        const string sheet = "code,name,kind,unit\nNX-01,새 품목\0,Material,ea\nNX\u001b02,단추,Material,ea\n";

        var preview = await PreviewAsync(owner, "items", sheet);
        using var commit = await UploadAsync(owner, "/api/v1/import/items?culture=en", sheet);

        preview.Rows[0].Errors["name"].ShouldBe(["Remove the control characters (such as NUL or tab) from this value."]);
        preview.Rows[1].Errors.Keys.ShouldBe(["code"], "one message for the cell, not also 'required'");
        EdgeWorkshop.ErrorsOf(await commit.Content.ReadAsStringAsync()).Keys.Order().ShouldBe(["rows[2].name", "rows[3].code"]);
        (await ItemCodesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Numbers_a_column_cannot_hold_are_errors_on_their_cells()
    {
        var (owner, _) = await OwnerAsync();

        var items = await PreviewAsync(owner, "items", "code,name,kind,unit,standardCost,reorderPoint,leadTimeDays\nNX-01,새 품목,Material,ea,100000000000000000000,0.00001,10000000000\n");
        var stock = await PreviewAsync(owner, "opening-stock", "itemCode,locationCode,quantity\nFB-01,ST-01,1000000000000000\nFB-01,ST-01,79228162514264337593543950335\n");

        items.Rows[0].Errors.Keys.Order().ShouldBe(["leadTimeDays", "reorderPoint", "standardCost"]);
        items.Rows[0].Errors["standardCost"].ShouldBe(["Enter a number no larger than 99,999,999,999,999.9999."]);
        items.Rows[0].Errors["reorderPoint"][0].ShouldStartWith("Use at most 4 decimal places");
        items.Rows[0].Errors["leadTimeDays"].ShouldBe(["Enter a number no larger than 2,147,483,647."]);
        stock.Rows.ShouldAllBe(r => r.Errors.ContainsKey("quantity"));
    }

    [Fact]
    public async Task An_expiry_outside_2000_to_2100_is_an_error_on_its_cell()
    {
        var (owner, _) = await OwnerAsync();

        var stock = await PreviewAsync(owner, "opening-stock", "itemCode,locationCode,lot,expiry,quantity\nFB-01,ST-01,L-1,9999-12-31,5\nFB-01,ST-01,L-2,1999-12-31,5\n");

        stock.Rows.ShouldAllBe(r => r.Errors["expiry"].Single() == "Enter a date from 2000-01-01 to 2100-12-31.");
    }

    [Fact]
    public async Task A_code_with_an_invisible_character_is_the_same_code_in_a_sheet()
    {
        var (owner, _) = await OwnerAsync();
        const string sheet = "code,name,kind,unit\nFB-01\u200B,면 원단 검정,Material,yd\nNX-01,새 품목,Material,ea\nNX-01\u2060,새 품목,Material,ea\n";

        var preview = await PreviewAsync(owner, "items", sheet);

        preview.Rows[0].Errors.ShouldBeEmpty("FB-01 with a zero-width space updates FB-01");
        preview.Rows[0].Values["code"].ShouldBe("FB-01");
        preview.Rows[2].Errors["code"].ShouldBe(["Same as row 3 of this file."]);
    }

    private async Task<(HttpClient Owner, List<string> Codes)> OwnerAsync()
    {
        var shop = TestWorkshop.Create();
        await shop.SaveAsync(database, new Domain.Catalog.Location(shop.Tenant.Id, "ST-01", "자재 창고", Domain.Catalog.LocationKind.Store));
        return (await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner), await ItemCodesAsync());
    }

    private async Task<List<string>> ItemCodesAsync()
    {
        await using var db = database.CreateContext();
        return await db.Items.OrderBy(i => i.Code).Select(i => i.Code).ToListAsync();
    }

    private static async Task<ImportPreview> PreviewAsync(HttpClient owner, string kind, string csv)
    {
        using var response = await UploadAsync(owner, $"/api/v1/import/{kind}/preview?culture=en", csv);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportPreview>(ApiJson.Options))!;
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient owner, string path, string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var content = new MultipartFormDataContent { { file, "file", "sheet.csv" } };
        return owner.PostAsync(path, content);
    }
}
