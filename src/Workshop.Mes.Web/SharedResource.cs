namespace Workshop.Mes.Web;

/// <summary>Marker for the one resource set every visible string comes from (Resources/SharedResource*.resx).</summary>
public sealed class SharedResource;
