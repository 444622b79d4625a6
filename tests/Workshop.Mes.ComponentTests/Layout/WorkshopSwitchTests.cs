using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.ComponentTests.Layout;

/// <summary>Switching workshop on a page about one record goes to the list above it, never to a dead end.</summary>
public sealed class WorkshopSwitchTests
{
    private const string Order = "0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b";

    [Theory]
    [InlineData($"/work-orders/{Order}", "/work-orders")]
    [InlineData($"/work-orders/{Order}/traveller", "/work-orders")]
    [InlineData($"/inventory/lots/{Order}", "/inventory")]
    [InlineData($"/inventory/lots/{Order}/label", "/inventory")]
    [InlineData($"/workers/{Order}/badge", "/workers")]
    [InlineData($"/customer-orders/{Order}?tab=lines", "/customer-orders")]
    [InlineData($"/quality/defects/{Order}", "/quality/defects")]
    public void A_page_about_one_record_goes_to_the_nearest_list_above_it(string page, string list) =>
        WorkshopSwitch.ReturnUrl(page, WorkshopSwitch.ListPages).ShouldBe(list);

    [Theory]
    [InlineData("/work-orders?late=overdue")]
    [InlineData("/inventory/reorder")]
    [InlineData("/")]
    [InlineData("/quality/defects?sort=-cost&from=2026-11-01")]
    public void A_list_stays_with_its_filter(string page) =>
        WorkshopSwitch.ReturnUrl(page, WorkshopSwitch.ListPages).ShouldBe(page);

    [Fact]
    public void A_filter_naming_a_record_of_the_other_workshop_is_dropped() =>
        WorkshopSwitch.ReturnUrl($"/work-orders?workstationId={Order}&late=overdue", WorkshopSwitch.ListPages).ShouldBe("/work-orders");

    [Fact]
    public void A_record_with_no_list_above_it_goes_home() =>
        WorkshopSwitch.ReturnUrl($"/{Order}", WorkshopSwitch.ListPages).ShouldBe("/");

    [Fact]
    public void The_lists_are_read_from_the_apps_pages()
    {
        WorkshopSwitch.ListPages.ShouldContain("/work-orders");
        WorkshopSwitch.ListPages.ShouldContain("/inventory");
        WorkshopSwitch.ListPages.ShouldNotContain("/inventory/lots");
        WorkshopSwitch.ListPages.ShouldAllBe(page => !page.Contains('{'));
    }
}
