using Workshop.Mes.Infrastructure.DemoData;

namespace Workshop.Mes.UnitTests.DemoData;

/// <summary>The demo data built once for a Friday afternoon in Seoul, shared by the tests that only read it.</summary>
internal static class DemoDataFixture
{
    public static readonly DateTimeOffset Now = new(2026, 5, 22, 14, 30, 0, TimeSpan.FromHours(9));

    private static readonly Lazy<DemoDataSet> _default = new(() => DemoDataSet.Build(Now));

    public static DemoDataSet Default => _default.Value;
}
