namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// The report as a page hands it to its parts: a component's parameters are public, the report is the app's own, so
/// this holder is public and what it holds is not.
/// </summary>
public sealed class ReportOnScreen
{
    internal ReportOnScreen(StageReport report) => Report = report;

    internal StageReport Report { get; }
}
