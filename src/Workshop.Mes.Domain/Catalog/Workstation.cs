using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Catalog;

public enum WorkstationState
{
    Available,
    Down,
    Retired,
}

/// <summary>A machine or bench (설비/작업대); its hours per day are the capacity that lateness is measured against.</summary>
public sealed class Workstation : VersionedTenantEntity
{
    private Workstation()
    {
    }

    public Workstation(Guid workshopId, string code, string name, decimal hoursPerDay)
        : base(workshopId)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        ChangeHours(hoursPerDay);
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public decimal HoursPerDay { get; private set; }

    public WorkstationState State { get; private set; } = WorkstationState.Available;

    public void Describe(string code, string name)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
    }

    /// <summary>Moves to the state people chose; nothing comes back from retired.</summary>
    public void ChangeState(WorkstationState state)
    {
        if (state == State)
        {
            return;
        }

        switch (state)
        {
            case WorkstationState.Down:
                MarkDown();
                break;
            case WorkstationState.Available:
                MarkAvailable();
                break;
            default:
                Retire();
                break;
        }
    }

    public void ChangeHours(decimal hoursPerDay)
    {
        if (hoursPerDay is <= 0 or > 24)
        {
            throw new DomainRuleException("workstation.hours_out_of_range", "Hours per day must be between 0 and 24.");
        }

        HoursPerDay = hoursPerDay;
    }

    public void MarkDown() => State = State == WorkstationState.Retired
        ? throw new DomainRuleException("workstation.retired", "A retired workstation cannot change state.")
        : WorkstationState.Down;

    public void MarkAvailable() => State = State == WorkstationState.Retired
        ? throw new DomainRuleException("workstation.retired", "A retired workstation cannot change state.")
        : WorkstationState.Available;

    public void Retire() => State = WorkstationState.Retired;
}
