using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Domain.Dashboard;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class WorkshopProfileConfiguration : IEntityTypeConfiguration<WorkshopProfile>
{
    public void Configure(EntityTypeBuilder<WorkshopProfile> builder)
    {
        builder.ToTable("workshop_profiles", Schemas.Assessment);
        builder.Property(p => p.Industry).HasMaxLength(WorkshopProfile.IndustryMaxLength);
        builder.Property(p => p.Cluster).HasMaxLength(WorkshopProfile.ClusterMaxLength);
        builder.Ignore(p => p.SizeBand);
        builder.Ignore(p => p.IsComplete);
        builder.HasIndex(p => p.WorkshopId).IsUnique();
    }
}

internal sealed class SelfAssessmentAnswerConfiguration : IEntityTypeConfiguration<SelfAssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentAnswer> builder)
    {
        builder.ToTable("self_assessment_answers", Schemas.Assessment);
        builder.Property(a => a.IndicatorId).HasMaxLength(16);
        builder.HasIndex(a => new { a.WorkshopId, a.IndicatorId }).IsUnique();
    }
}

internal sealed class IndicatorVerificationConfiguration : IEntityTypeConfiguration<IndicatorVerification>
{
    public void Configure(EntityTypeBuilder<IndicatorVerification> builder)
    {
        builder.ToTable("indicator_verifications", Schemas.Assessment);
        builder.Property(v => v.IndicatorId).HasMaxLength(16);
        builder.Property(v => v.Note).HasMaxLength(IndicatorVerification.NoteMaxLength);
        builder.Property(v => v.VerifiedByName).HasMaxLength(200);
        builder.Property(v => v.AttachmentName).HasMaxLength(200);
        builder.Property(v => v.AttachmentType).HasMaxLength(100);
        builder.HasIndex(v => new { v.WorkshopId, v.IndicatorId }).IsUnique();
    }
}

internal sealed class WorkshopGoalConfiguration : IEntityTypeConfiguration<WorkshopGoal>
{
    public void Configure(EntityTypeBuilder<WorkshopGoal> builder)
    {
        builder.ToTable("workshop_goals", Schemas.Assessment);
        builder.Property(g => g.Title).HasMaxLength(WorkshopGoal.TitleMaxLength);
        builder.Property(g => g.Kpi).HasMaxLength(32);
        builder.HasIndex(g => g.WorkshopId);
    }
}

internal sealed class StageEvaluationRecordConfiguration : IEntityTypeConfiguration<StageEvaluationRecord>
{
    public void Configure(EntityTypeBuilder<StageEvaluationRecord> builder)
    {
        builder.ToTable("stage_evaluations", Schemas.Assessment);
        builder.Property(e => e.CatalogueVersion).HasMaxLength(32);
        builder.Property(e => e.RulesHash).HasMaxLength(64);
        builder.Property(e => e.Achievements).HasColumnType("jsonb");

        // One weekly evaluation per week; snapshots are as many as people ask for.
        builder.HasIndex(e => new { e.WorkshopId, e.WeekOf }).IsUnique().HasFilter("kind = 'Weekly'");
        builder.HasIndex(e => new { e.WorkshopId, e.Kind, e.EvaluatedAt });
    }
}

internal sealed class StageAssessmentConfiguration : IEntityTypeConfiguration<StageAssessment>
{
    public void Configure(EntityTypeBuilder<StageAssessment> builder)
    {
        builder.ToTable("stage_assessments", Schemas.Assessment);
        builder.Property(a => a.Number).HasMaxLength(32);
        builder.Property(a => a.AssessorName).HasMaxLength(200);
        builder.Property(a => a.CatalogueVersion).HasMaxLength(32);
        builder.Property(a => a.RulesHash).HasMaxLength(64);
        builder.Property(a => a.Report).HasColumnType("jsonb");
        builder.Property(a => a.SignOffNote).HasMaxLength(StageAssessment.NoteMaxLength);
        builder.HasIndex(a => new { a.WorkshopId, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.WorkshopId, a.AssessedAt });
    }
}

internal sealed class DashboardVisitConfiguration : IEntityTypeConfiguration<DashboardVisit>
{
    public void Configure(EntityTypeBuilder<DashboardVisit> builder)
    {
        builder.ToTable("dashboard_visits", Schemas.Dashboard);
        builder.Property(v => v.View).HasMaxLength(32);
        builder.HasIndex(v => new { v.WorkshopId, v.UserId, v.View, v.Day }).IsUnique();
        builder.HasIndex(v => new { v.WorkshopId, v.Day });
    }
}

internal sealed class PeerAggregateConfiguration : IEntityTypeConfiguration<PeerAggregate>
{
    public void Configure(EntityTypeBuilder<PeerAggregate> builder)
    {
        builder.ToTable("peer_aggregates", Schemas.Assessment);
        builder.Property(p => p.Key).HasMaxLength(120);
        builder.Property(p => p.Figures).HasColumnType("jsonb");
        builder.HasIndex(p => new { p.Level, p.Key }).IsUnique();
    }
}
