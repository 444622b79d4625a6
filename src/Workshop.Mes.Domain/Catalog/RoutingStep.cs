using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Catalog;

/// <summary>One step of how a product is made: which operation, at which station, how long.</summary>
public sealed class RoutingStep : VersionedTenantEntity
{
    private RoutingStep()
    {
    }

    public RoutingStep(
        Guid workshopId,
        Guid productId,
        int sequence,
        string operation,
        Guid workstationId,
        decimal setupMinutes,
        decimal runMinutesPerUnit,
        bool requiresInspection)
        : base(workshopId)
    {
        ProductId = productId;
        WorkstationId = workstationId;
        Resequence(sequence);
        Operation = Guard.Required(operation, nameof(operation));
        ChangeTimes(setupMinutes, runMinutesPerUnit);
        RequiresInspection = requiresInspection;
    }

    public Guid ProductId { get; private set; }

    public int Sequence { get; private set; }

    public string Operation { get; private set; } = string.Empty;

    public Guid WorkstationId { get; private set; }

    public decimal SetupMinutes { get; private set; }

    public decimal RunMinutesPerUnit { get; private set; }

    public bool RequiresInspection { get; private set; }

    public void Resequence(int sequence) =>
        Sequence = sequence > 0
            ? sequence
            : throw new DomainRuleException("routing.sequence_positive", "A step's sequence starts at 1.");

    public void Change(string operation, Guid workstationId, bool requiresInspection)
    {
        Operation = Guard.Required(operation, nameof(operation));
        WorkstationId = workstationId;
        RequiresInspection = requiresInspection;
    }

    public void ChangeTimes(decimal setupMinutes, decimal runMinutesPerUnit)
    {
        SetupMinutes = Guard.NotNegative(setupMinutes, nameof(setupMinutes));
        RunMinutesPerUnit = Guard.Positive(runMinutesPerUnit, nameof(runMinutesPerUnit));
    }

    /// <summary>Minutes this step needs at its station for a quantity: setup once, then run time per unit.</summary>
    public decimal MinutesFor(decimal quantity) => SetupMinutes + (RunMinutesPerUnit * quantity);
}
