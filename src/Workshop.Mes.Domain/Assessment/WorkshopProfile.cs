using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Assessment;

/// <summary>The peer group's size band by headcount (§10): 1–4, 5–9, 10–49, 50 and more.</summary>
public enum SizeBand
{
    Micro,
    Small,
    Medium,
    Large,
}

/// <summary>
/// What the evidence rules need to know and the records cannot tell (§6): industry, headcount, jobs a month, the
/// cluster, the digital champion, whether the workshop runs machines and keeps stock. Proposed from the data, entered
/// by the owner, confirmed by a consultant (which makes its denominators grade B).
/// </summary>
public sealed class WorkshopProfile : VersionedTenantEntity
{
    public const int MostHeadcount = 999;
    public const int MostJobsPerMonth = 100_000;
    public const int IndustryMaxLength = 8;
    public const int ClusterMaxLength = 60;

    private WorkshopProfile()
    {
    }

    public WorkshopProfile(Guid workshopId)
        : base(workshopId)
    {
    }

    /// <summary>KSIC code to three digits, e.g. C141 (garments) as "C14"; empty until given.</summary>
    public string Industry { get; private set; } = string.Empty;

    public int ProductionHeadcount { get; private set; }

    public int JobsPerMonth { get; private set; }

    /// <summary>The local cluster for peer groups (성수 수제화, 을지로 인쇄, 창신동 봉제, 문래 금속…).</summary>
    public string Cluster { get; private set; } = string.Empty;

    /// <summary>The account named responsible for going digital (S1-SL-02).</summary>
    public Guid? ChampionUserId { get; private set; }

    /// <summary>False for a purely manual workshop: machine-data indicators do not apply.</summary>
    public bool HasMachines { get; private set; } = true;

    /// <summary>False for pure make-to-order on customer material: stock accuracy does not apply.</summary>
    public bool KeepsStock { get; private set; } = true;

    /// <summary>Whether this workshop's anonymised figures may count in peer benchmarks (§10).</summary>
    public bool InBenchmarks { get; private set; } = true;

    public Guid? ConfirmedBy { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsComplete => Industry.Length > 0 && ProductionHeadcount > 0 && JobsPerMonth > 0;

    public SizeBand SizeBand => ProductionHeadcount switch
    {
        <= 4 => SizeBand.Micro,
        <= 9 => SizeBand.Small,
        <= 49 => SizeBand.Medium,
        _ => SizeBand.Large,
    };

    /// <summary>Changes what the profile says; a change the consultant has not seen drops the confirmation.</summary>
    public void Update(string industry, int productionHeadcount, int jobsPerMonth, string cluster, Guid? championUserId, bool hasMachines, bool keepsStock, bool inBenchmarks, DateTimeOffset now)
    {
        var changed = Industry != industry || ProductionHeadcount != productionHeadcount || JobsPerMonth != jobsPerMonth
            || HasMachines != hasMachines || KeepsStock != keepsStock;
        Industry = industry;
        ProductionHeadcount = productionHeadcount;
        JobsPerMonth = jobsPerMonth;
        Cluster = cluster;
        ChampionUserId = championUserId;
        HasMachines = hasMachines;
        KeepsStock = keepsStock;
        InBenchmarks = inBenchmarks;
        UpdatedAt = now.ToUniversalTime();
        if (changed)
        {
            ConfirmedBy = null;
            ConfirmedAt = null;
        }
    }

    public void Confirm(Guid consultantId, DateTimeOffset now)
    {
        if (!IsComplete)
        {
            throw new DomainRuleException("assessment.profile_incomplete", "Fill in the industry, headcount and jobs a month before confirming the profile.");
        }

        ConfirmedBy = consultantId;
        ConfirmedAt = now.ToUniversalTime();
    }
}
