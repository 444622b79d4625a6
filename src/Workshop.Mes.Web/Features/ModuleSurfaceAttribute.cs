namespace Workshop.Mes.Web.Features;

/// <summary>
/// Marks a type of a module's published surface: the few queries, commands and views other modules may use.
/// Everything else in a module folder is that module's own (docs/architecture.md, "Module seams";
/// the architecture test <c>ModuleSeamTests</c> keeps it so).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface, Inherited = false)]
internal sealed class ModuleSurfaceAttribute : Attribute;
