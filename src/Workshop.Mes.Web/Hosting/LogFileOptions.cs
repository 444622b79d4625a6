namespace Workshop.Mes.Web.Hosting;

/// <summary>The <c>LogFiles</c> configuration section: daily JSON log files in <c>&lt;DataFolder&gt;/logs</c>, for the owner only.</summary>
internal sealed class LogFileOptions
{
    public const string Section = "LogFiles";

    public bool Enabled { get; set; }

    public int RetainedDays { get; set; } = 14;
}
