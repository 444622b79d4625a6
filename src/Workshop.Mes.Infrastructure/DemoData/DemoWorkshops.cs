namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>Slugs of the two demo workshops the seeder creates.</summary>
public static class DemoWorkshops
{
    /// <summary>창신동 봉제공방: the garment workshop with six months of history and the analytics patterns.</summary>
    public const string ChangsinGarment = "changsin-garment";

    /// <summary>문래동 정밀가공: a small metal shop with two months of history, the second tenant.</summary>
    public const string MullaeMetal = "mullae-metal";
}
