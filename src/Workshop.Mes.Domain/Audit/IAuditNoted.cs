namespace Workshop.Mes.Domain.Audit;

/// <summary>
/// An entity that can say why it was just changed (the reason a work order was cancelled). The audit trail keeps the
/// note with the change as <c>note</c>, so the reason stays on the record without a column of its own.
/// </summary>
public interface IAuditNoted
{
    string? AuditNote { get; }
}
