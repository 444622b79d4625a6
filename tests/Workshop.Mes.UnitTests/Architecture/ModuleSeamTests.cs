namespace Workshop.Mes.UnitTests.Architecture;

/// <summary>
/// A module uses another module only through its published surface (docs/architecture.md, "Module seams"). Every
/// exception is listed here with its reason; a new crossing fails this test until it goes through a surface or is
/// listed with one.
/// </summary>
public sealed class ModuleSeamTests
{
    private static readonly string _web = Path.Combine(AppContext.BaseDirectory, "Workshop.Mes.Web.dll");

    private const string SheetImport =
        "Import writes whole sheets of master data and opening stock in one transaction, all rows or none, with an error per row (ADR 0023); going through Catalog's one-row services would lose the all-or-nothing preview. It uses the same domain rules (BomRules, AcceptedDates) as Catalog.";

    /// <summary>Crossings that stay, each with why (keyed by <see cref="SeamCrossing.Key"/>).</summary>
    private static readonly IReadOnlyDictionary<string, string> _allowed = new Dictionary<string, string>
    {
        ["Import → Catalog: the table db.Items"] =
            SheetImport,
        ["Import → Catalog: the table db.BomLines"] =
            SheetImport,
        ["Import → Catalog: the table db.RoutingSteps"] =
            SheetImport,
        ["Import → Inventory: the table db.Lots"] =
            "Opening stock names its lots; the import creates them in the same all-or-nothing transaction and posts the stock through StockLedger.",
        ["Tablets → Tenancy: the table db.Workers"] =
            "PIN sign-in locks the worker's row with SELECT … FOR UPDATE for the length of its transaction, so tries from several tablets count one after another (ADR 0029); a lock cannot be taken through a read query.",
        ["Tenancy → Identity: the table db.Users"] =
            "Accepting an invitation creates the account and its membership in the transaction that claims the link, so a link makes exactly one account (ADR 0028); AccountCreation prepares the account with Identity's checks and leaves the saving to the caller for that reason.",
        ["Catalog → Tenancy: the table db.Workers"] =
            "The workers' page is one of the six master-data lists built on CatalogTable (ADR 0023), while workers belong with memberships in the tenancy schema; it edits the table in place until the worker roster moves to Tenancy with the tablet work (issue 11).",
    };

    [Fact]
    public void Modules_use_each_other_only_through_their_published_surfaces()
    {
        var crossings = ModuleSeams.Find(_web).Where(c => !_allowed.ContainsKey(c.Key)).Select(c => c.ToString()).ToList();

        crossings.ShouldBeEmpty(string.Join(Environment.NewLine, crossings));
    }

    [Fact]
    public void Every_allowed_crossing_still_exists_and_says_why()
    {
        var crossings = ModuleSeams.Find(_web).Select(c => c.Key).ToHashSet();

        _allowed.Keys.Where(k => !crossings.Contains(k)).ShouldBeEmpty("an allowed crossing that no longer happens should leave the list");
        _allowed.Values.ShouldAllBe(reason => reason.Length > 20);
    }
}
