using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>
/// Computes the metrics of ASSESSMENT.md §7 from the workshop's own records as they stood at a date, each over its
/// indicator's window, reading the other modules only through their published reads.
/// </summary>
internal sealed class EvidenceEngine
{
    public Task<EvidenceSnapshot> MeasureAsync(WorkshopMember member, WorkshopProfile profile, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var catalogue = CatalogueFile.Stage;
        var indicators = catalogue.Indicators.ToDictionary(i => i.Id, i => MeasuredIndicator.NotMeasured(i.Id, "Assessment.Reason.NotYetMeasured"));
        return Task.FromResult(new EvidenceSnapshot(asOf, indicators, new IntegrityFlags(false, 0, false, 0, false, [])));
    }

    public Task<ProfileProposal> ProposeProfileAsync(WorkshopMember member, CancellationToken cancellationToken) =>
        Task.FromResult(new ProfileProposal(0, 0, true, true));
}
