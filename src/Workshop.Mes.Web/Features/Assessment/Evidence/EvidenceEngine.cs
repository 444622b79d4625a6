using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>
/// Computes the metrics of ASSESSMENT.md §7 from the workshop's own records as they stood at a date, each over its
/// indicator's window, reading the other modules only through their published reads. The catalogue names each
/// indicator's rule; this table says how each rule is measured.
/// </summary>
internal sealed class EvidenceEngine(MesContexts contexts, TimeProvider clock)
{
    private static readonly Dictionary<string, Func<RuleContext, MeasuredIndicator>> _rules = new()
    {
        ["champion"] = PeopleRules.Champion,
        ["staff_accounts"] = PeopleRules.StaffAccounts,
        ["first_entry"] = FloorRules.FirstEntry,
        ["routing_coverage"] = FloorRules.RoutingCoverage,
        ["floor_device_days"] = FloorRules.FloorDeviceDays,
        ["wo_coverage"] = FloorRules.WorkOrderCoverage,
        ["result_completeness"] = FloorRules.ResultCompleteness,
        ["defect_codes"] = QualityRules.DefectCodes,
        ["material_records"] = StockAndOrderRules.MaterialRecords,
        ["history"] = FloorRules.History,
        ["master_data"] = StockAndOrderRules.MasterData,
        ["recording_users"] = FloorRules.RecordingUsers,
        ["scan_share"] = FloorRules.ScanShare,
        ["personal_accounts"] = PeopleRules.PersonalAccounts,
        ["order_chain"] = StockAndOrderRules.OrderChain,
        ["entry_latency"] = FloorRules.EntryLatency,
        ["stock_accuracy"] = StockAndOrderRules.StockAccuracy,
        ["genealogy"] = StockAndOrderRules.Genealogy,
        ["defect_links"] = QualityRules.DefectLinks,
        ["late_risk_use"] = StockAndOrderRules.LateRiskUse,
        ["dashboard_review"] = PeopleRules.DashboardReview,
        ["integration"] = StockAndOrderRules.Integration,
        ["roles_sop"] = PeopleRules.RolesAndProcedures,
        ["daily_plan"] = AbsentFeatures.DailyPlan,
        ["data_sufficiency"] = FloorRules.DataSufficiency,
        ["cause_analysis"] = QualityRules.CauseAnalysis,
        ["cause_suggestions"] = AbsentFeatures.CauseSuggestions,
        ["forecast_use"] = AbsentFeatures.ForecastUse,
        ["optimised_schedules"] = AbsentFeatures.OptimisedSchedules,
        ["machine_data"] = AbsentFeatures.MachineData,
        ["equipment_alerts"] = AbsentFeatures.EquipmentAlerts,
        ["benefit_check"] = QualityRules.BenefitCheck,
        ["twin_backtest"] = AbsentFeatures.TwinBacktest,
        ["twin_sync"] = AbsentFeatures.TwinSync,
        ["scenarios"] = AbsentFeatures.Scenarios,
        ["automation"] = AbsentFeatures.Automation,
        ["partner_links"] = AbsentFeatures.PartnerLinks,
        ["guardrails"] = AbsentFeatures.Guardrails,
        ["recovery"] = AbsentFeatures.Recovery,
    };

    /// <summary>The rule keys this engine measures; a catalogue naming another is refused by a test.</summary>
    public static IReadOnlyCollection<string> Rules => _rules.Keys;

    public async Task<EvidenceSnapshot> MeasureAsync(WorkshopMember member, WorkshopProfile profile, DateTimeOffset asOf, CancellationToken cancellationToken) =>
        (await MeasureAtAsync(member, profile, [asOf], cancellationToken))[0];

    /// <summary>Measures at several dates from one load of the records (the weekly history).</summary>
    public async Task<IReadOnlyList<EvidenceSnapshot>> MeasureAtAsync(WorkshopMember member, WorkshopProfile profile, IReadOnlyList<DateTimeOffset> dates, CancellationToken cancellationToken)
    {
        var catalogue = CatalogueFile.Stage;
        var longest = catalogue.Indicators.Max(i => i.WindowDays);
        await using var db = member.OpenData(contexts);
        var goals = await db.WorkshopGoals.AsNoTracking().Select(g => new GoalDates(g.Target, g.CreatedAt, g.ReviewedAt)).ToListAsync(cancellationToken);
        var records = await WorkshopRecords.LoadAsync(db, member.Workshop, profile.ChampionUserId, dates.Min().AddDays(-longest), dates.Max(), cancellationToken);
        return dates.Select(asOf => Measure(catalogue, records, profile, goals, asOf)).ToList();
    }

    public static EvidenceSnapshot Measure(StageCatalogue catalogue, WorkshopRecords records, WorkshopProfile profile, IReadOnlyList<GoalDates> goals, DateTimeOffset asOf)
    {
        var measured = catalogue.Indicators.ToDictionary(i => i.Id, i =>
        {
            var context = new RuleContext(records, profile, asOf, i);
            return i.Rule switch
            {
                "none" => context.NotMeasured("Assessment.Reason.AskedOnly"),
                "goals" => PeopleRules.Goals(context, goals),
                _ when _rules.TryGetValue(i.Rule, out var rule) => rule(context),
                _ => throw new InvalidOperationException($"{i.Id} names the rule '{i.Rule}', which the evidence engine does not know."),
            };
        });
        return new EvidenceSnapshot(asOf, measured, IntegrityChecks.Check(records, profile, asOf));
    }

    /// <summary>What the records suggest for the profile: people who recorded in 90 days, work orders a month, machines and stock in use.</summary>
    public async Task<ProfileProposal> ProposeProfileAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        var asOf = clock.GetUtcNow();
        await using var db = member.OpenData(contexts);
        var records = await WorkshopRecords.LoadAsync(db, member.Workshop, null, asOf.AddDays(-90), asOf, cancellationToken);
        var headcount = Math.Max(records.Workers.Count(w => w.IsActive), records.Events.Select(e => e.WorkerId).Distinct().Count());
        var jobsPerMonth = (int)Math.Round(records.WorkOrders.Count(w => w.CreatedAt > asOf.AddDays(-90)) / 3.0);
        var keepsStock = records.Moves.Any(m => m.Kind is Domain.Inventory.StockMovementKind.Receipt or Domain.Inventory.StockMovementKind.Output);
        return new ProfileProposal(headcount, jobsPerMonth, true, keepsStock);
    }
}
