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

    /// <summary>The scoring's inputs: what the records measured, what the consultant verified, what the owner answered.</summary>
    public IReadOnlyList<IndicatorInput> For(StageCatalogue catalogue, EvidenceSnapshot measured) =>
        catalogue.Indicators.Select(i =>
        {
            var found = measured.Indicators[i.Id];
            return new IndicatorInput(i.Id, found.Achievement(i), Verification(i)?.Value, Answer(i)?.Value, found.NotApplicable);
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
