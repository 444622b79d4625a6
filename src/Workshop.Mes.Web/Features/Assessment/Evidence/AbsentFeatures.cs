using Workshop.Mes.Domain.Audit;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>
/// Stage 4–5 capabilities the product does not offer yet (cause suggestions, forecasts, schedule optimisation, machine
/// connection, equipment alerts, the process model and simulation, automated decisions, daily plans). They are rated
/// on evidence as not there, with the reason shown, never given a value; a later version measures them for real.
/// </summary>
internal static class AbsentFeatures
{
    public static MeasuredIndicator CauseSuggestions(RuleContext c) => c.NotInProduct("Assessment.Reason.NoCauseSuggestions");

    public static MeasuredIndicator ForecastUse(RuleContext c) => c.NotInProduct("Assessment.Reason.NoForecasts");

    public static MeasuredIndicator OptimisedSchedules(RuleContext c) => c.NotInProduct("Assessment.Reason.NoScheduler");

    public static MeasuredIndicator MachineData(RuleContext c) =>
        c.Profile.HasMachines ? c.NotInProduct("Assessment.Reason.NoMachineConnection") : c.DoesNotApply("Assessment.Reason.ManualWorkshop");

    public static MeasuredIndicator EquipmentAlerts(RuleContext c) => c.NotInProduct("Assessment.Reason.NoEquipmentAlerts");

    public static MeasuredIndicator TwinBacktest(RuleContext c) => c.NotInProduct("Assessment.Reason.NoProcessModel");

    public static MeasuredIndicator TwinSync(RuleContext c) => c.NotInProduct("Assessment.Reason.NoProcessModel");

    public static MeasuredIndicator Scenarios(RuleContext c) => c.NotInProduct("Assessment.Reason.NoSimulation");

    public static MeasuredIndicator Automation(RuleContext c) => c.NotInProduct("Assessment.Reason.NoAutomation");

    public static MeasuredIndicator Guardrails(RuleContext c) => c.NotInProduct("Assessment.Reason.NoAutomation");

    public static MeasuredIndicator DailyPlan(RuleContext c) => c.NotInProduct("Assessment.Reason.NoDailyPlan");

    /// <summary>A restore test happens outside the product: the consultant checks it (grade B).</summary>
    public static MeasuredIndicator Recovery(RuleContext c) => c.NotMeasured("Assessment.Reason.ConsultantChecks");

    /// <summary>Customers or suppliers connected: API keys that sent customer orders, and the share of orders that came that way.</summary>
    public static MeasuredIndicator PartnerLinks(RuleContext c)
    {
        var orders = c.Records.OrdersCreated.Where(o => o.EntityType == "CustomerOrder" && c.InWindow(o.At)).ToList();
        var electronic = orders.Where(o => o.Actor == ActorKind.ApiKey).ToList();
        return c.Result(
            Math.Max(orders.Count, 1),
            ("partners_connected", electronic.Select(o => o.ActorId).Distinct().Count()),
            ("electronic_share", Measure.Share(electronic.Count, orders.Count)));
    }
}
