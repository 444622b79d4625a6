using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Audit;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries", Schemas.Audit);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.Before).HasColumnType("jsonb");
        builder.Property(a => a.After).HasColumnType("jsonb");
        builder.HasIndex(a => new { a.WorkshopId, a.OccurredAt });
        builder.HasIndex(a => new { a.WorkshopId, a.EntityType, a.EntityId });
    }
}
