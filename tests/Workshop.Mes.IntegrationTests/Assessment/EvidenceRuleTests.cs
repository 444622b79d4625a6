using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Web.Features.Assessment.Evidence;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// Evidence rules as pure functions over records held in memory (the engine is internal to the web project, so its
/// pure tests live here): the windows the first constructed workshops showed were off.
/// </summary>
public sealed class EvidenceRuleTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    /// <summary>Tuesday 10 November 2026, 20:00 in Seoul.</summary>
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 10, 20, 0, 0, TimeSpan.FromHours(9));

    private static readonly Guid Owner = Guid.NewGuid();

    [Fact]
    public void The_last_weeks_are_this_week_so_far_and_the_ones_before_it()
    {
        Measure.RecentWeeks(new DateOnly(2026, 11, 10), 4).ShouldBe([new(2026, 11, 9), new(2026, 11, 2), new(2026, 10, 26), new(2026, 10, 19)]);
        Measure.RecentWeeks(new DateOnly(2026, 11, 9), 1).ShouldBe([new DateOnly(2026, 11, 9)]);
    }

    [Fact]
    public void An_owner_who_opens_the_dashboard_every_monday_looked_in_all_of_the_last_eight_and_four_weeks()
    {
        var visits = Enumerable.Range(0, 10).Select(w => new VisitRow(Owner, DashboardVisit.Dashboard, new DateOnly(2026, 11, 9).AddDays(-7 * w))).ToList();
        var records = Records(visits);

        Rule("S3-AD-01", records, PeopleRules.DashboardReview).Values["weeks_viewed"].ShouldBe(8);
        Rule("S3-OI-05", records, StockAndOrderRules.LateRiskUse).Values["weeks_viewed"].ShouldBe(4);
    }

    [Fact]
    public void A_goal_counts_from_the_day_it_was_set_and_a_later_review_does_not_hide_it_from_earlier_weeks()
    {
        var set = Tuesday.AddDays(-100);
        GoalDates[] goals = [new(3, set, Tuesday.AddDays(-2)), new(95, set, Tuesday.AddDays(-2)), new(null, Tuesday.AddDays(-1), Tuesday.AddDays(-1))];
        var records = Records([]);

        var now = Goals(records, goals, Tuesday);
        now.Values["goals_set"].ShouldBe(3);
        now.Values["goals_with_target"].ShouldBe(2);
        now.Values["reviewed_recently"].ShouldBe(1);

        // Thirty days ago the two goals were set (70 days before) and not yet reviewed; the third did not exist.
        var earlier = Goals(records, goals, Tuesday.AddDays(-30));
        earlier.Values["goals_set"].ShouldBe(2);
        earlier.Values["reviewed_recently"].ShouldBe(1);

        // Ninety-five days after they were set, with their review still to come, they were not reviewed recently.
        Goals(records, goals, set.AddDays(95)).Values["reviewed_recently"].ShouldBe(0);
    }

    private static MeasuredIndicator Goals(WorkshopRecords records, IReadOnlyList<GoalDates> goals, DateTimeOffset asOf) =>
        PeopleRules.Goals(new RuleContext(records, new WorkshopProfile(Guid.NewGuid()), asOf, CatalogueFile.Stage.Indicator("S1-SL-01")), goals);

    private static MeasuredIndicator Rule(string id, WorkshopRecords records, Func<RuleContext, MeasuredIndicator> rule) =>
        rule(new RuleContext(records, new WorkshopProfile(Guid.NewGuid()), Tuesday, CatalogueFile.Stage.Indicator(id)));

    private static WorkshopRecords Records(IReadOnlyList<VisitRow> visits) => new()
    {
        From = Tuesday.AddDays(-180),
        To = Tuesday,
        Zone = Seoul,
        WorkOrders = [],
        Events = [],
        Steps = [],
        Defects = [],
        Moves = [],
        Shipments = [],
        LotProducers = new Dictionary<Guid, Guid?>(),
        Counts = [],
        NegativeBalances = 0,
        Items = [],
        CustomerNames = [],
        Workers = [],
        Members = [(Owner, WorkshopRole.Owner, Tuesday.AddDays(-200))],
        Visits = visits,
        OrdersCreated = [],
        ChampionDays = [],
        FirstEvent = null,
    };
}
