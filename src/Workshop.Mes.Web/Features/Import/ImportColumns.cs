using Workshop.Mes.Contracts.Import;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>One column of an import sheet: the field it fills and the headers people write for it, Korean or English.</summary>
internal sealed record ImportColumn(string Field, string Korean, string English, bool Required, string Example, params string[] Aliases)
{
    public IEnumerable<string> Headers => [Field, Korean, English, .. Aliases];
}

/// <summary>The columns of each kind of sheet, in template order.</summary>
internal static class ImportColumns
{
    public static IReadOnlyList<ImportColumn> Of(ImportKind kind) => kind switch
    {
        ImportKind.Items =>
        [
            new("code", "품목코드", "Code", true, "FB-02", "item code", "코드"),
            new("name", "품목명", "Name", true, "면 원단 검정", "item name", "이름"),
            new("kind", "구분", "Kind", true, "자재", "type", "유형", "품목구분"),
            new("unit", "단위", "Unit", true, "yd"),
            new("standardCost", "표준원가", "Standard cost", false, "4500", "cost", "단가", "원가"),
            new("reorderPoint", "재주문점", "Reorder point", false, "100"),
            new("safetyStock", "안전재고", "Safety stock", false, "50"),
            new("leadTimeDays", "조달 기간", "Lead time days", false, "7", "lead time", "조달기간", "조달 기간(일)", "리드타임", "리드타임(일)"),
            new("lotTracked", "로트관리", "Lot tracked", false, "Y", "lot tracking"),
        ],
        ImportKind.Boms =>
        [
            new("productCode", "제품코드", "Product code", true, "BL-01", "product", "모품목코드"),
            new("componentCode", "자재코드", "Component code", true, "FB-01", "component", "부품코드", "자품목코드"),
            new("quantityPer", "소요량", "Qty per", true, "1.5", "quantity per", "quantity", "수량"),
        ],
        ImportKind.Routings =>
        [
            new("productCode", "제품코드", "Product code", true, "BL-01", "product"),
            new("sequence", "순서", "Sequence", true, "10", "seq", "공정순서"),
            new("operation", "공정명", "Operation", true, "재단", "공정"),
            new("workstationCode", "작업대코드", "Workstation code", true, "CUT", "workstation", "설비코드", "작업대"),
            new("setupMinutes", "준비시간", "Setup min", false, "10", "setup minutes", "setup", "준비시간(분)"),
            new("runMinutes", "작업시간", "Run min", true, "3", "run minutes", "run", "작업시간(분)"),
            new("inspection", "검사", "Inspection", false, "N", "검사여부"),
        ],
        ImportKind.OpeningStock =>
        [
            new("itemCode", "품목코드", "Item code", true, "FB-01", "item", "code"),
            new("locationCode", "위치코드", "Location code", true, "STORE", "location", "위치", "창고"),
            new("lot", "로트번호", "Lot", false, "L-2611-01", "lot number", "로트"),
            new("expiry", "유효기한", "Expiry", false, "2027-06-30", "expires on", "expiry date", "유효기간"),
            new("quantity", "수량", "Quantity", true, "120", "qty"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// The order sheets are imported in: items first, as every other sheet names items by code; then BOMs and
    /// routings, which name products; opening stock last.
    /// </summary>
    public static IReadOnlyList<ImportKind> InOrder { get; } = [ImportKind.Items, ImportKind.Boms, ImportKind.Routings, ImportKind.OpeningStock];

    /// <summary>The kind's step in <see cref="InOrder"/>, counted from 1.</summary>
    public static int Step(ImportKind kind) => InOrder.ToList().IndexOf(kind) + 1;

    /// <summary>Route names of the kinds: <c>items</c>, <c>boms</c>, <c>routings</c>, <c>opening-stock</c>.</summary>
    public static bool TryParseKind(string? value, out ImportKind kind)
    {
        kind = ImportKind.Items;
        switch (value?.ToLowerInvariant())
        {
            case "items":
                return true;
            case "boms":
                kind = ImportKind.Boms;
                return true;
            case "routings":
                kind = ImportKind.Routings;
                return true;
            case "opening-stock":
                kind = ImportKind.OpeningStock;
                return true;
            default:
                return false;
        }
    }

    public static string RouteName(ImportKind kind) => kind switch
    {
        ImportKind.OpeningStock => "opening-stock",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Headers compare without case, spaces, underscores or hyphens: "Standard cost", "standard_cost" and "standardCost" are one.</summary>
    public static string Normalise(string header) =>
        new([.. header.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-')]);
}
