using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>What the owner and a consultant told the assessment in a demo workshop.</summary>
internal sealed record DemoAssessmentInputs(
    WorkshopProfile Profile,
    IReadOnlyList<WorkshopGoal> Goals,
    IReadOnlyList<SelfAssessmentAnswer> Answers,
    IReadOnlyList<IndicatorVerification> Verifications)
{
    public int RowCount => 1 + Goals.Count + Answers.Count + Verifications.Count;
}

/// <summary>
/// The demo workshops' assessment inputs: a profile proposed from their records and confirmed on a consultant's visit,
/// the owner's goals (the garment owner wrote two with numbers about eleven weeks ago) and self-assessment (a little more hopeful than the records, as owners are), and the two
/// stage-1 items the consultant verified on that visit. The records themselves are the evidence.
/// </summary>
internal static class DemoAssessment
{
    /// <summary>The support centre's consultant who visited both workshops (no account in the demo).</summary>
    public static readonly Guid ConsultantId = new("0193a1c0-0000-7000-8000-00000000c0de");

    public const string ConsultantName = "이지현 (서울 스마트공방 지원센터)";

    /// <summary>The owner's answers to stages 1–4 (steps on each question's scale); stage 5 is left unanswered.</summary>
    private static readonly Dictionary<string, int> _garmentAnswers = new()
    {
        ["S1-SL-01"] = 4, ["S1-SL-02"] = 3, ["S1-SL-03"] = 2, ["S1-PC-01"] = 4, ["S1-PC-02"] = 3, ["S1-OI-01"] = 4, ["S1-IS-01"] = 4,
        ["S2-DC-01"] = 4, ["S2-DC-02"] = 3, ["S2-DC-03"] = 3, ["S2-DC-04"] = 3, ["S2-DC-05"] = 4, ["S2-DC-06"] = 3, ["S2-PC-01"] = 3, ["S2-DC-07"] = 3, ["S2-IS-01"] = 4,
        ["S3-OI-01"] = 3, ["S3-DC-01"] = 4, ["S3-OI-02"] = 3, ["S3-OI-03"] = 2, ["S3-OI-04"] = 3, ["S3-OI-05"] = 2, ["S3-AD-01"] = 3, ["S3-IS-01"] = 0, ["S3-SL-01"] = 2, ["S3-PC-01"] = 2,
        ["S4-DC-01"] = 2, ["S4-AD-01"] = 2, ["S4-AD-02"] = 0, ["S4-AD-03"] = 1, ["S4-AD-04"] = 0, ["S4-DC-02"] = 0, ["S4-AD-05"] = 0, ["S4-PC-01"] = 1, ["S4-AD-06"] = 1,
    };

    private static readonly Dictionary<string, int> _metalAnswers = new()
    {
        ["S1-SL-01"] = 2, ["S1-SL-02"] = 3, ["S1-SL-03"] = 1, ["S1-PC-01"] = 3, ["S1-PC-02"] = 3, ["S1-OI-01"] = 3, ["S1-IS-01"] = 3,
        ["S2-DC-01"] = 3, ["S2-DC-02"] = 2, ["S2-DC-03"] = 2, ["S2-DC-04"] = 2, ["S2-DC-05"] = 3, ["S2-DC-06"] = 3, ["S2-PC-01"] = 2, ["S2-DC-07"] = 1, ["S2-IS-01"] = 3,
    };

    public static DemoAssessmentInputs For(DemoWorkshopData workshop, DateTimeOffset now)
    {
        var tenant = workshop.Tenant;
        var garment = tenant.Slug == DemoWorkshops.ChangsinGarment;
        var startedAt = tenant.CreatedAt;
        var visitedAt = startedAt.AddDays(21);

        // The owner sized the profile from the first weeks; a few jobs a month still went on paper then.
        var recent = workshop.WorkOrders.Count(w => w.CreatedAt > now.AddDays(-90));
        var profile = new WorkshopProfile(tenant.Id);
        profile.Update(garment ? "C14" : "C25", workshop.Workers.Count, Math.Max(1, (int)Math.Round(recent / 3.0 * 1.05)), garment ? "창신동 봉제" : "문래 금속",
            null, hasMachines: true, keepsStock: true, inBenchmarks: true, startedAt.AddDays(10));
        profile.Confirm(ConsultantId, visitedAt);

        var goals = garment
            ? new List<WorkshopGoal>
            {
                Goal(tenant.Id, "재봉 불량률 1.5% 이하로 낮추기", "defect_rate", 1.5m, now.AddDays(-80), now.AddDays(-12)),
                Goal(tenant.Id, "납기 준수율 95% 이상", "otd", 95m, now.AddDays(-80), now.AddDays(-12)),
            }
            : [Goal(tenant.Id, "납기 지연 줄이기", "otd", null, startedAt.AddDays(7), startedAt.AddDays(7))];

        var answeredAt = startedAt.AddDays(12);
        var answers = (garment ? _garmentAnswers : _metalAnswers)
            .Select(a => new SelfAssessmentAnswer(tenant.Id, a.Key, a.Value, Guid.Empty, answeredAt)).ToList();

        var verifications = new List<IndicatorVerification>();
        if (garment)
        {
            verifications.Add(Verified(tenant.Id, "S1-SL-02", 4, "대표가 디지털 전환 담당을 맡아 매주 화·목 오후에 기록을 점검하는 것을 방문 때 확인함.", visitedAt));
            verifications.Add(Verified(tenant.Id, "S1-SL-03", 3, "스마트공방 공정개선형 신청서 초안과 자체 예산 계획을 확인함.", visitedAt));
        }

        return new DemoAssessmentInputs(profile, goals, answers, verifications);
    }

    private static WorkshopGoal Goal(Guid workshopId, string title, string kpi, decimal? target, DateTimeOffset createdAt, DateTimeOffset reviewedAt)
    {
        var goal = new WorkshopGoal(workshopId, title, kpi, target, createdAt);
        if (reviewedAt > createdAt)
        {
            goal.Revise(title, kpi, target, reviewedAt);
        }

        return goal;
    }

    private static IndicatorVerification Verified(Guid workshopId, string indicatorId, int step, string note, DateTimeOffset at)
    {
        var verification = new IndicatorVerification(workshopId, indicatorId);
        verification.Record(step, note, ConsultantId, ConsultantName, at);
        return verification;
    }
}
