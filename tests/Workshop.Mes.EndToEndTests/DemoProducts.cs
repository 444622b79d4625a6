namespace Workshop.Mes.EndToEndTests;

/// <summary>What the demo seeder puts in each workshop, as the owner reads it on screen.</summary>
internal static class DemoProducts
{
    public const string GarmentWorkshop = "창신동 봉제공방";

    public const string MetalWorkshop = "문래동 정밀가공";

    private static readonly HashSet<string> _garments =
    [
        "여성 블라우스", "남성 셔츠", "원피스 (네이비)", "린넨 바지 (네이비)", "후드티", "맨투맨",
        "아동 티셔츠", "앞치마", "에코백", "조끼", "스커트", "재킷",
    ];

    private static readonly HashSet<string> _metalParts = ["브래킷", "샤프트", "플랜지", "부싱"];

    public static bool IsGarment(string productName) => _garments.Contains(productName.Trim());

    public static bool IsMetal(string productName) => _metalParts.Contains(productName.Trim());
}
