using System.Text.Json;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Assessment;

/// <summary>The owner's answer to one indicator's question, saved as it is given; the latest answer counts.</summary>
public sealed class SelfAssessmentAnswer : TenantEntity
{
    private SelfAssessmentAnswer()
    {
    }

    public SelfAssessmentAnswer(Guid workshopId, string indicatorId, int step, Guid answeredBy, DateTimeOffset answeredAt)
        : base(workshopId)
    {
        IndicatorId = indicatorId;
        Change(step, answeredBy, answeredAt);
    }

    public string IndicatorId { get; private set; } = string.Empty;

    public int Step { get; private set; }

    public Guid AnsweredBy { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public void Change(int step, Guid answeredBy, DateTimeOffset answeredAt)
    {
        Step = step;
        AnsweredBy = answeredBy;
        AnsweredAt = answeredAt.ToUniversalTime();
    }
}

/// <summary>A consultant's verification of one indicator (grade B): the rating on the answer scale, a note, and optionally an attached file.</summary>
public sealed class IndicatorVerification : TenantEntity
{
    public const int NoteMaxLength = 2000;
    public const int MostAttachmentBytes = 5 * 1024 * 1024;

    private IndicatorVerification()
    {
    }

    public IndicatorVerification(Guid workshopId, string indicatorId)
        : base(workshopId)
    {
        IndicatorId = indicatorId;
    }

    public string IndicatorId { get; private set; } = string.Empty;

    public int Step { get; private set; }

    public string Note { get; private set; } = string.Empty;

    public string? AttachmentName { get; private set; }

    public string? AttachmentType { get; private set; }

    public byte[]? Attachment { get; private set; }

    public Guid VerifiedBy { get; private set; }

    public string VerifiedByName { get; private set; } = string.Empty;

    public DateTimeOffset VerifiedAt { get; private set; }

    public void Record(int step, string note, Guid consultantId, string consultantName, DateTimeOffset now)
    {
        Step = step;
        Note = note;
        VerifiedBy = consultantId;
        VerifiedByName = consultantName;
        VerifiedAt = now.ToUniversalTime();
    }

    public void Attach(string name, string contentType, byte[] content)
    {
        AttachmentName = name;
        AttachmentType = contentType;
        Attachment = content;
    }
}

/// <summary>One of the owner's 1–3 business goals for going digital (S1-SL-01): a KPI and, ideally, a target number.</summary>
public sealed class WorkshopGoal : TenantEntity
{
    public const int TitleMaxLength = 200;
    public const int MostGoals = 3;

    private WorkshopGoal()
    {
    }

    public WorkshopGoal(Guid workshopId, string title, string kpi, decimal? target, DateTimeOffset now)
        : base(workshopId)
    {
        Title = title;
        Kpi = kpi;
        Target = target;
        CreatedAt = now.ToUniversalTime();
        ReviewedAt = CreatedAt;
    }

    public string Title { get; private set; } = string.Empty;

    /// <summary>One of the catalogue's KPI keys (otd, defect_rate, lead_time, stock_accuracy, output_per_hour).</summary>
    public string Kpi { get; private set; } = string.Empty;

    public decimal? Target { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ReviewedAt { get; private set; }

    public void Revise(string title, string kpi, decimal? target, DateTimeOffset now)
    {
        Title = title;
        Kpi = kpi;
        Target = target;
        ReviewedAt = now.ToUniversalTime();
    }
}

/// <summary>Whether an evaluation is the weekly one the stability rule reads, or one a person asked for.</summary>
public enum EvaluationKind
{
    Weekly,
    Snapshot,
}

/// <summary>
/// One evaluation of a workshop: the achievement of every indicator (null where it does not apply) and the headline
/// figures, stamped with the catalogue version and rules hash. Weekly ones form the history of §8.2 (4).
/// </summary>
public sealed class StageEvaluationRecord : TenantEntity
{
    private StageEvaluationRecord()
    {
    }

    public StageEvaluationRecord(Guid workshopId, EvaluationKind kind, DateOnly weekOf, DateTimeOffset evaluatedAt, StageResult result)
        : base(workshopId)
    {
        Kind = kind;
        WeekOf = weekOf;
        EvaluatedAt = evaluatedAt.ToUniversalTime();
        CatalogueVersion = result.CatalogueVersion;
        RulesHash = result.RulesHash;
        Achievements = JsonSerializer.Serialize(result.Achievements.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary());
        GatedStage = result.Placement.Gated;
        FractionalStage = result.Placement.Fractional;
        Index = result.Index;
        Confidence = result.Confidence;
    }

    public EvaluationKind Kind { get; private set; }

    /// <summary>The Monday of the week evaluated (the workshop's calendar).</summary>
    public DateOnly WeekOf { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    public string CatalogueVersion { get; private set; } = string.Empty;

    public string RulesHash { get; private set; } = string.Empty;

    /// <summary>Achievement by indicator id as JSON; null where the indicator did not apply.</summary>
    public string Achievements { get; private set; } = "{}";

    public int GatedStage { get; private set; }

    public double FractionalStage { get; private set; }

    public double Index { get; private set; }

    public double Confidence { get; private set; }

    public WeeklyEvaluation AsWeekly() => new(WeekOf, JsonSerializer.Deserialize<Dictionary<string, double?>>(Achievements) ?? []);
}

/// <summary>
/// A consultant's assessment, frozen: the whole report as it was computed (JSON), so every export of it — PDF, Excel,
/// JSON — shows the same numbers however the records change afterwards.
/// </summary>
public sealed class StageAssessment : TenantEntity
{
    public const int NoteMaxLength = 4000;

    private StageAssessment()
    {
    }

    public StageAssessment(Guid workshopId, Guid id, string number, DateTimeOffset assessedAt, Guid assessorId, string assessorName, DateOnly windowFrom, DateOnly windowTo, string catalogueVersion, string rulesHash, string report)
        : base(workshopId, id)
    {
        Number = number;
        AssessedAt = assessedAt.ToUniversalTime();
        AssessorId = assessorId;
        AssessorName = assessorName;
        WindowFrom = windowFrom;
        WindowTo = windowTo;
        CatalogueVersion = catalogueVersion;
        RulesHash = rulesHash;
        Report = report;
    }

    public string Number { get; private set; } = string.Empty;

    public DateTimeOffset AssessedAt { get; private set; }

    public Guid AssessorId { get; private set; }

    public string AssessorName { get; private set; } = string.Empty;

    public DateOnly WindowFrom { get; private set; }

    public DateOnly WindowTo { get; private set; }

    public string CatalogueVersion { get; private set; } = string.Empty;

    public string RulesHash { get; private set; } = string.Empty;

    /// <summary>The report as JSON (§11's export, complete).</summary>
    public string Report { get; private set; } = string.Empty;

    public string SignOffNote { get; private set; } = string.Empty;

    public DateTimeOffset? SignedOffAt { get; private set; }

    public void SignOff(string note, DateTimeOffset now)
    {
        SignOffNote = note;
        SignedOffAt = now.ToUniversalTime();
    }
}
