using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("workshops", Schemas.Tenancy);
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.Slug).HasMaxLength(64);
        builder.HasIndex(w => w.Slug).IsUnique();
        builder.Property(w => w.TimeZone).HasMaxLength(64);
        builder.Property(w => w.Culture).HasMaxLength(16);
        builder.Property(w => w.Version).IsRowVersion();
    }
}

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.ToTable("workers", Schemas.Tenancy);
        builder.Property(w => w.DisplayName).HasMaxLength(100);
        builder.Property(w => w.BadgeCode).HasMaxLength(64);
        builder.Property(w => w.PinHash).HasMaxLength(200);
        builder.HasIndex(w => new { w.WorkshopId, w.BadgeCode }).IsUnique();
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> builder)
    {
        builder.ToTable("number_sequences", Schemas.Tenancy);
        builder.Property(s => s.Prefix).HasMaxLength(8);
        builder.HasIndex(s => new { s.WorkshopId, s.Prefix, s.Period }).IsUnique();
    }
}
