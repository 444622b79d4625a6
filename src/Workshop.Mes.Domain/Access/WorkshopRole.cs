namespace Workshop.Mes.Domain.Access;

/// <summary>What a person is in one workshop; a user may hold a different role in each workshop.</summary>
public enum WorkshopRole
{
    Owner,
    Manager,
    Worker,
    Consultant,
}
