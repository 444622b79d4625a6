using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>
/// Issue 9, defect 11: a NUL in a name or a search answered 500 (PostgreSQL cannot store it), a tab or Korean in a
/// return path answered 500, and <c>AP-01</c> and <c>AP-01</c> with a zero-width space could both be codes. Control
/// characters are now refused with a 400 naming the field, and invisible characters are removed before anything is
/// stored or compared.
/// </summary>
public sealed class TextEdgesTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData(@"\u0000")] // NUL
    [InlineData(@"\u001b")] // escape
    [InlineData(@"\u0007")] // bell
    public async Task A_control_character_is_refused_in_every_code_name_and_note_naming_the_field_and_nothing_is_saved(string escaped)
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        var wrong = await shop.WrongAnswersAsync(database, EdgeWrites.Texts, escaped);

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_search_holding_a_NUL_is_refused_naming_the_parameter_on_every_list()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        var wrong = await shop.WrongAnswersAsync(database, EdgeWrites.Searches, "셔츠\0");

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_message_asks_in_Korean_to_remove_the_control_character()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        using var response = await shop.SendAsync(EdgeWrites.Texts[1], @"\u0000", culture: "ko");

        EdgeWorkshop.ErrorsOf(await response.Content.ReadAsStringAsync())["name"].ShouldBe("제어 문자(NUL, 탭 등)는 빼고 입력해 주세요.");
    }

    [Fact]
    public async Task Invisible_characters_are_removed_so_a_look_alike_code_is_the_same_code()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);
        var first = await shop.Owner.PostAsJsonAsync("/api/v1/items", Item("AP-01"));

        var zeroWidth = await shop.Owner.PostAsJsonAsync("/api/v1/items?culture=en", Item("AP-01\u200B"));
        var overridden = await shop.Owner.PostAsJsonAsync("/api/v1/items", Item("\u202EAP-02\uFEFF", "앞치마\u200B 끈"));
        var twinBadge = await shop.Owner.PostAsJsonAsync("/api/v1/workers?culture=en", new { displayName = "김미숙", badgeCode = "W001\u2060" });
        var found = await shop.Owner.GetFromJsonAsync<Page<ItemView>>($"/api/v1/items?search={Uri.EscapeDataString("AP\u200B-01")}");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ItemsErrorsAsync(zeroWidth))["code"].ShouldBe("The code AP-01 is already used in this workshop.");
        overridden.StatusCode.ShouldBe(HttpStatusCode.Created, await overridden.Content.ReadAsStringAsync());
        var stored = (await overridden.Content.ReadFromJsonAsync<ItemView>())!;
        (stored.Code, stored.Name).ShouldBe(("AP-02", "앞치마 끈"));
        (await ItemsErrorsAsync(twinBadge))["badgeCode"].ShouldBe("The code W001 is already used in this workshop.");
        found!.Items.Select(i => i.Code).ShouldBe(["AP-01"]);
        await using var db = database.CreateContext();
        (await db.Items.CountAsync(i => i.Code.StartsWith("AP-"))).ShouldBe(2);
    }

    [Fact]
    public async Task Half_a_surrogate_pair_in_a_body_is_refused_naming_the_field()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        using var response = await shop.SendAsync(EdgeWrites.Texts[1], @"\ud800");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        EdgeWorkshop.ErrorsOf(await response.Content.ReadAsStringAsync()).ShouldContainKey("name");
    }

    [Theory]
    [InlineData("/work-orders\t")]
    [InlineData("/작업지시")]
    [InlineData("/work-orders?search=셔츠")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task A_return_path_that_is_not_plain_local_ascii_goes_home_instead_of_failing(string returnUrl)
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);
        var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var culture = await anonymous.GetAsync($"/culture?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}");
        using var workshop = await shop.Owner.GetAsync($"/workshop?slug={shop.Shop.Tenant.Slug}&returnUrl={Uri.EscapeDataString(returnUrl)}");

        culture.StatusCode.ShouldBe(HttpStatusCode.Redirect, await culture.Content.ReadAsStringAsync());
        culture.Headers.Location!.OriginalString.ShouldBe("/");
        workshop.StatusCode.ShouldBe(HttpStatusCode.Redirect, await workshop.Content.ReadAsStringAsync());
        workshop.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task A_plain_local_return_path_is_kept_and_a_control_character_inside_one_is_a_400()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        using var kept = await shop.Owner.GetAsync($"/culture?culture=ko&returnUrl={Uri.EscapeDataString("/work-orders?search=%EC%85%94")}");
        using var nul = await shop.Owner.GetAsync($"/workshop?slug={shop.Shop.Tenant.Slug}&returnUrl={Uri.EscapeDataString("/items\0")}");
        using var tab = await shop.Owner.GetAsync($"/culture?culture=ko&returnUrl={Uri.EscapeDataString("/work-orders/\tx")}");
        using var badSlug = await shop.Owner.GetAsync($"/workshop?slug={Uri.EscapeDataString("test-garment\0")}");

        kept.Headers.Location!.OriginalString.ShouldBe("/work-orders?search=%EC%85%94");
        nul.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        EdgeWorkshop.ErrorsOf(await nul.Content.ReadAsStringAsync()).ShouldContainKey("returnUrl");
        tab.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        badSlug.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        EdgeWorkshop.ErrorsOf(await badSlug.Content.ReadAsStringAsync()).ShouldContainKey("slug");
    }

    private static object Item(string code, string name = "앞치마") => new { code, name, kind = "Material", unit = "ea" };

    private static async Task<Dictionary<string, string>> ItemsErrorsAsync(HttpResponseMessage response) =>
        await Catalog.ItemsApiTests.ErrorsAsync(response);
}
