using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Assessment.Evidence;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>What people told the assessment: the profile, the owner's answers, the consultant's verifications and the goals.</summary>
internal sealed record AssessmentInputs(
    WorkshopProfile Profile,
    IReadOnlyDictionary<string, SelfAssessmentAnswer> Answers,
    IReadOnlyDictionary<string, IndicatorVerification> Verifications,
    IReadOnlyList<GoalLine> Goals)
{
    public static async Task<AssessmentInputs> LoadAsync(MesContexts contexts, WorkshopMember member, CancellationToken cancellationToken)
    {
        await using var db = member.OpenData(contexts);
        var profile = await db.WorkshopProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new WorkshopProfile(member.Workshop.Id);
        var answers = await db.SelfAssessmentAnswers.AsNoTracking().ToDictionaryAsync(a => a.IndicatorId, cancellationToken);
        var verifications = await db.IndicatorVerifications.AsNoTracking().ToDictionaryAsync(v => v.IndicatorId, cancellationToken);
        var goals = await db.WorkshopGoals.AsNoTracking().OrderBy(g => g.CreatedAt)
            .Select(g => new GoalLine(g.Id, g.Title, g.Kpi, g.Target, g.ReviewedAt, g.CreatedAt)).ToListAsync(cancellationToken);
        return new AssessmentInputs(profile, answers, verifications, goals);
    }

    /// <summary>
    /// The scoring's inputs at the date measured: what the records measured, what the consultant verified and what the
    /// owner answered by then. An answer or verification given later does not count for an earlier week, so the weekly
    /// history filled in the first time cannot make today's claims look stable (§8.2 (4)).
    /// </summary>
    public IReadOnlyList<IndicatorInput> For(StageCatalogue catalogue, EvidenceSnapshot measured) =>
        catalogue.Indicators.Select(i =>
        {
            var found = measured.Indicators[i.Id];
            var verified = Verification(i) is { } v && v.VerifiedAt <= measured.AsOf ? v.Value : (double?)null;
            var self = Answer(i) is { } a && a.AnsweredAt <= measured.AsOf ? a.Value : (double?)null;
            return new IndicatorInput(i.Id, found.Achievement(i), verified, self, found.NotApplicable);
        }).ToList();

    public SelfAnswerLine? Answer(IndicatorDefinition indicator) =>
        Answers.TryGetValue(indicator.Id, out var answer) && SelfAnswer.IsValid(indicator.Scale, answer.Step)
            ? new SelfAnswerLine(answer.Step, SelfAnswer.Value(indicator.Scale, answer.Step), answer.AnsweredAt)
            : null;

    public VerificationLine? Verification(IndicatorDefinition indicator) =>
        Verifications.TryGetValue(indicator.Id, out var v) && SelfAnswer.IsValid(AnswerScale.Agreement, v.Step)
            ? new VerificationLine(v.Step, SelfAnswer.Value(AnswerScale.Agreement, v.Step), v.Note, v.VerifiedByName, v.VerifiedAt, v.AttachmentName)
            : null;
}
