namespace Workshop.Mes.UnitTests.Architecture;

/// <summary>
/// A module uses another module only through its published surface (docs/architecture.md, "Module seams"). Every
/// exception is listed here with its reason; a new crossing fails this test until it goes through a surface or is
/// listed with one.
/// </summary>
public sealed class ModuleSeamTests
{
    private static readonly string _web = Path.Combine(AppContext.BaseDirectory, "Workshop.Mes.Web.dll");

    /// <summary>Crossings that stay, each with why (match on <see cref="SeamCrossing.ToString"/>).</summary>
    private static readonly IReadOnlyDictionary<string, string> _allowed = new Dictionary<string, string>
    {
    };

    [Fact]
    public void Modules_use_each_other_only_through_their_published_surfaces()
    {
        var crossings = ModuleSeams.Find(_web).Select(c => c.ToString()).Where(c => !_allowed.ContainsKey(c)).ToList();

        crossings.ShouldBeEmpty(string.Join(Environment.NewLine, crossings));
    }

    [Fact]
    public void Every_allowed_crossing_still_exists_and_says_why()
    {
        var crossings = ModuleSeams.Find(_web).Select(c => c.ToString()).ToHashSet();

        _allowed.Keys.Where(k => !crossings.Contains(k)).ShouldBeEmpty("an allowed crossing that no longer happens should leave the list");
        _allowed.Values.ShouldAllBe(reason => reason.Length > 20);
    }
}
