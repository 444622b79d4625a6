using MudBlazor;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Web.Features.Catalog;

namespace Workshop.Mes.ComponentTests.Catalog;

public sealed class MaterialIconTests
{
    [Fact]
    public void A_stored_icon_shows_as_its_own_material_icon()
    {
        MaterialIcon.Svg("content_cut").ShouldBe(Icons.Material.Filled.ContentCut);
        MaterialIcon.Svg("inventory_2").ShouldBe(Icons.Material.Filled.Inventory2);
        MaterialIcon.Svg("local_fire_department").ShouldBe(Icons.Material.Filled.LocalFireDepartment);
    }

    [Fact]
    public void Every_icon_a_defect_code_may_carry_has_a_picture()
    {
        DefectLook.Icons.Where(icon => MaterialIcon.Svg(icon) == Icons.Material.Filled.HelpOutline).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no_such_icon")]
    [InlineData("Content_Cut")]
    public void A_name_outside_the_offered_icons_shows_a_question_mark(string? name)
    {
        MaterialIcon.Svg(name).ShouldBe(Icons.Material.Filled.HelpOutline);
    }
}
