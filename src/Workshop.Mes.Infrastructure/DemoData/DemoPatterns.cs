namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// The patterns planted in the Changsin-dong garment history for the analytics to find. The defect factors
/// multiply a base rate per piece and step (0.35 %), so they combine. Seeded on any day, the history shows
/// roughly: scrap after 15:00 about 3× the morning's; 본봉 미싱 2 about 3× the other stations; the suspect lot
/// about 3.5–4× the other lots of the same fabric; 오버록 미싱 about 10–11 standard hours on an average Monday
/// against 8 hours of capacity (3–5 hours on other weekdays); and the zipper below its safety stock with
/// released orders waiting for more than is on hand.
/// </summary>
internal static class DemoPatterns
{
    /// <summary>Outputs reported at or after this hour (KST) carry the late-afternoon defect factor.</summary>
    public const int LateAfternoonFromHour = 15;

    /// <summary>Late afternoon (tired eyes, warm machines) versus the morning, 09:00–12:00.</summary>
    public const double LateAfternoonDefectFactor = 3.0;

    /// <summary>Early afternoon (13:00–15:00) sits a little above the morning.</summary>
    public const double EarlyAfternoonDefectFactor = 1.3;

    /// <summary>본봉 미싱 2: its thread tension drifts; the workshop blames the operators.</summary>
    public const string DefectProneWorkstationCode = "SEW-02";

    public const double DefectProneWorkstationFactor = 3.0;

    /// <summary>면 원단 (화이트): one large, cheap lot from 대구 섬유 was stained and badly woven.</summary>
    public const string SuspectLotMaterialCode = "FB-CT-WH";

    public const string SuspectLotSupplier = "대구 섬유";

    /// <summary>The suspect lot is the receipt closest to this many weeks before today.</summary>
    public const int SuspectLotWeeksAgo = 13;

    /// <summary>The suspect lot lasted this long before the next lot of the same fabric came in.</summary>
    public const int SuspectLotLastsDays = 42;

    public const double SuspectLotDefectFactor = 4.0;

    /// <summary>오버록 미싱: Thursday-to-Saturday bundles wait for Monday, when two people run it all day.</summary>
    public const string OverloadedWorkstationCode = "OVL-01";

    public const DayOfWeek OverloadedDay = DayOfWeek.Monday;

    /// <summary>YKK 지퍼 20cm (네이비): the supplier has had none for weeks; released orders wait for it.</summary>
    public const string ShortMaterialCode = "ZP-NV-20";

    /// <summary>The short material's last delivery was this many weeks before today.</summary>
    public const int ShortMaterialLastReceiptWeeksAgo = 6;

    /// <summary>Orders released this recently that need the short material wait for it instead of starting.</summary>
    public const int ShortMaterialWaitingDays = 7;

    /// <summary>The short material ends at this share of its safety stock.</summary>
    public const decimal ShortMaterialOnHandShareOfSafetyStock = 0.4m;
}
