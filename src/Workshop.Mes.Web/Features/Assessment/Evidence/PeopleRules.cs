using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Dashboard;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>When a goal was set and last reviewed, and whether it has a target value (S1-SL-01).</summary>
internal sealed record GoalDates(decimal? Target, DateTimeOffset CreatedAt, DateTimeOffset ReviewedAt);

/// <summary>Evidence about people and the owner's habits: goals, the champion, accounts, roles and the weekly look at the figures.</summary>
internal static class PeopleRules
{
    /// <summary>
    /// Goals as they stood at the date measured: those set by then; reviewed recently when their last review known by
    /// then (the latest review if it was before, else the day it was set) falls in the last 90 days. A goal set or
    /// reviewed later does not count for an earlier week.
    /// </summary>
    public static MeasuredIndicator Goals(RuleContext c, IReadOnlyList<GoalDates> goals)
    {
        var set = goals.Where(g => g.CreatedAt <= c.AsOf).ToList();
        return c.Result(
            set.Count,
            ("goals_set", set.Count),
            ("goals_with_target", set.Count(g => g.Target is not null)),
            ("reviewed_recently", set.Any(g => (g.ReviewedAt <= c.AsOf ? g.ReviewedAt : g.CreatedAt) > c.AsOf.AddDays(-90)) ? 1 : 0));
    }

    /// <summary>Days a week, over the last four weeks, on which the named champion changed something in the system.</summary>
    public static MeasuredIndicator Champion(RuleContext c)
    {
        if (c.Profile.ChampionUserId is null)
        {
            return c.NotMeasured("Assessment.Reason.NoChampionNamed");
        }

        var days = c.Records.ChampionDays.Count(d => d > c.Today.AddDays(-28) && d <= c.Today);
        return c.Result(1, ("champion_days_per_week", days / 4.0));
    }

    /// <summary>Floor workers with a PIN and people with accounts, against the production headcount.</summary>
    public static MeasuredIndicator StaffAccounts(RuleContext c)
    {
        if (c.Profile.ProductionHeadcount <= 0)
        {
            return c.NotMeasured("Assessment.Reason.ProfileHeadcountNeeded");
        }

        var recorded = c.Records.Events.Where(e => e.ReceivedAt <= c.AsOf).Select(e => e.WorkerId).ToHashSet();
        var accounts = c.Records.Workers.Count(w => w.IsActive && (FloorRules.CreatedAt(w.Id) <= c.AsOf || recorded.Contains(w.Id)));
        return c.Result(1, ("account_share", Measure.Share(accounts, c.Profile.ProductionHeadcount)));
    }

    /// <summary>
    /// People who recorded, less those whose worker record looks shared: on at least a tenth of its tablet records, another
    /// tablet recorded under it within a minute (two people on one login, §6 S2-IS-01).
    /// </summary>
    public static MeasuredIndicator PersonalAccounts(RuleContext c)
    {
        var events = c.Records.Events.Where(e => c.InWindow(e.CapturedAt) && e.DeviceId is not null).ToList();
        var shared = events.GroupBy(e => e.WorkerId).Count(worker => LooksShared([.. worker.OrderBy(e => e.CapturedAt)]));
        var people = events.Select(e => e.WorkerId).Distinct().Count() + c.Records.Members.Count(m => m.Role is WorkshopRole.Owner or WorkshopRole.Manager);
        return c.Result(people, ("personal_share", Measure.Share(people - shared, people)));
    }

    private static bool LooksShared(List<EventRow> ordered)
    {
        var clashes = ordered.Zip(ordered.Skip(1)).Count(pair => pair.First.DeviceId != pair.Second.DeviceId && pair.Second.CapturedAt - pair.First.CapturedAt < TimeSpan.FromMinutes(1));
        return clashes > 0 && clashes >= ordered.Count / 10.0;
    }

    /// <summary>Roles are set up when more than one kind of person uses the system; work instructions are not held by the product yet.</summary>
    public static MeasuredIndicator RolesAndProcedures(RuleContext c)
    {
        var kinds = c.Records.Members.Select(m => m.Role).Distinct().Count() + (c.Records.Workers.Any(w => w.IsActive) ? 1 : 0);
        return new MeasuredIndicator(
            c.Indicator.Id,
            new Dictionary<string, double> { ["roles_configured"] = kinds >= 2 ? 1 : 0, ["instruction_share"] = 0 },
            1,
            true,
            false,
            "Assessment.Reason.NoWorkInstructions");
    }

    /// <summary>Weeks of the last eight in which an owner or manager opened the dashboard; months with a recorded action on it.</summary>
    public static MeasuredIndicator DashboardReview(RuleContext c)
    {
        var leaders = c.Records.Members.Where(m => m.Role is WorkshopRole.Owner or WorkshopRole.Manager).Select(m => m.UserId).ToHashSet();
        var weeks = Measure.RecentWeeks(c.Today, 8).ToHashSet();
        var viewed = c.Records.Visits.Where(v => v.View == DashboardVisit.Dashboard && leaders.Contains(v.UserId) && v.Day <= c.Today)
            .Select(v => Measure.WeekOf(v.Day)).Distinct().Count(weeks.Contains);
        var actionMonths = Enumerable.Range(0, 2).Count(m =>
        {
            var (from, to) = (c.AsOf.AddDays(-28 * (m + 1)), c.AsOf.AddDays(-28 * m));
            return c.Records.Defects.Any(d => (d.Record.AnalysedAt is { } a && a > from && a <= to) || (d.Record.ClosedAt is { } x && x > from && x <= to));
        });
        return c.Result(leaders.Count, ("weeks_viewed", viewed), ("action_month_share", actionMonths / 2.0));
    }
}
