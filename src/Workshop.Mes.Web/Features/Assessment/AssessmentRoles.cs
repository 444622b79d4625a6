using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// Who gives the assessment's inputs (ADR 0080), on top of the permission table: the self-assessment and the goals are
/// the owner's own word, a verification and the profile's confirmation are a consultant's (grade B means someone else
/// checked). Everyone who may read the area reads them all.
/// </summary>
internal static class AssessmentRoles
{
    /// <summary>Whether the member may answer the self-assessment and set the goals.</summary>
    public static bool Answers(WorkshopMember member) => member.Role == WorkshopRole.Owner && member.Can(Area.Assessment, Operation.Change);

    /// <summary>Whether the member may verify indicators and confirm the profile.</summary>
    public static bool Verifies(WorkshopMember member) => member.Role == WorkshopRole.Consultant && member.Can(Area.Assessment, Operation.Change);

    public static void DemandOwner(WorkshopMember member, Operation operation) => member.Demand(Area.Assessment, operation, WorkshopRole.Owner);

    public static void DemandConsultant(WorkshopMember member, Operation operation) => member.Demand(Area.Assessment, operation, WorkshopRole.Consultant);
}
