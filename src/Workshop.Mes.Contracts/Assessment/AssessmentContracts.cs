namespace Workshop.Mes.Contracts.Assessment;

/// <summary>The indicator catalogue in the caller's language: what the self-assessment asks and how it may be answered.</summary>
/// <param name="Version">The catalogue version every result is stamped with (e.g. <c>stage-v1.0</c>).</param>
/// <param name="RulesHash">A hash of the rules that decide a rating; a moved threshold changes it.</param>
/// <param name="Items">The 42 indicators, stage by stage.</param>
public sealed record AssessmentCatalogue(string Version, string RulesHash, IReadOnlyList<CatalogueIndicator> Items);

/// <summary>One indicator as the owner is asked about it.</summary>
/// <param name="Id">e.g. <c>S3-DC-01</c>.</param>
/// <param name="Stage">1 to 5.</param>
/// <param name="Dimension">SL, PC, DC, OI, AD or IS.</param>
/// <param name="Must">Whether it is a gate indicator of its stage.</param>
/// <param name="Question">The question in the caller's language.</param>
/// <param name="Hint">What counts as "fully", in the caller's language.</param>
/// <param name="Scale"><c>Agreement</c> (steps 0–4) or <c>Adoption</c> (steps 0–5).</param>
/// <param name="Answers">The answer of each step, in the caller's language.</param>
public sealed record CatalogueIndicator(string Id, int Stage, string Dimension, bool Must, string Question, string Hint, string Scale, IReadOnlyList<string> Answers);

/// <summary>The owner's answer to one indicator.</summary>
/// <param name="Step">The step on the indicator's scale (0 = not at all).</param>
public sealed record AnswerRequest(int? Step);

/// <summary>A saved answer.</summary>
public sealed record AnswerView(string IndicatorId, int Step, string Answer, DateTimeOffset AnsweredAt);

/// <summary>A consultant's verification of an indicator (evidence grade B).</summary>
/// <param name="Step">The rating on the agreement scale, 0 (not at all) to 4 (fully, every day).</param>
/// <param name="Note">What was checked and how; required, up to 2,000 characters.</param>
public sealed record VerificationRequest(int? Step, string? Note);

/// <summary>A saved verification; the attachment is downloaded from its own address.</summary>
public sealed record VerificationView(string IndicatorId, int Step, string Answer, string Note, string VerifiedBy, DateTimeOffset VerifiedAt, string? AttachmentName, string? AttachmentType);

/// <summary>What the workshop profile says, what the records propose beside it, and who may be named champion.</summary>
public sealed record ProfileView(
    string Industry,
    int ProductionHeadcount,
    int JobsPerMonth,
    string Cluster,
    Guid? ChampionUserId,
    bool HasMachines,
    bool KeepsStock,
    bool InBenchmarks,
    bool Confirmed,
    DateTimeOffset? ConfirmedAt,
    ProfileProposalView Proposal,
    IReadOnlyList<ChampionChoice> Champions);

/// <summary>The figures the workshop's records suggest for the profile.</summary>
public sealed record ProfileProposalView(int ProductionHeadcount, int JobsPerMonth, bool HasMachines, bool KeepsStock);

/// <summary>A member account that may be named the digital champion.</summary>
public sealed record ChampionChoice(Guid UserId, string DisplayName);

/// <summary>The workshop profile as the owner (or consultant) enters it.</summary>
/// <param name="Industry">KSIC section letter and two digits, e.g. <c>C14</c> (garments).</param>
/// <param name="ProductionHeadcount">People in production, 1 to 999.</param>
/// <param name="JobsPerMonth">Jobs (work orders) a month, 0 to 100,000.</param>
/// <param name="Cluster">The local cluster, up to 60 characters (성수 수제화, 을지로 인쇄…).</param>
/// <param name="ChampionUserId">A member account of the workshop, responsible for going digital.</param>
public sealed record ProfileRequest(
    string? Industry,
    int? ProductionHeadcount,
    int? JobsPerMonth,
    string? Cluster,
    Guid? ChampionUserId,
    bool HasMachines = true,
    bool KeepsStock = true,
    bool InBenchmarks = true);

/// <summary>One of the owner's business goals (1 to 3).</summary>
/// <param name="Title">What the goal is, up to 200 characters.</param>
/// <param name="Kpi">One of <c>otd</c>, <c>defect_rate</c>, <c>lead_time</c>, <c>stock_accuracy</c>, <c>output_per_hour</c>.</param>
/// <param name="Target">The target value, 0 or more; optional.</param>
public sealed record GoalRequest(string? Title, string? Kpi, decimal? Target);

/// <summary>A saved goal; changing it counts as reviewing it.</summary>
public sealed record GoalView(Guid Id, string Title, string Kpi, decimal? Target, DateTimeOffset CreatedAt, DateTimeOffset ReviewedAt);
