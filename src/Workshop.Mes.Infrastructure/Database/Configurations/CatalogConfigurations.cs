using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.ToTable("items", Schemas.Catalog);
        builder.Property(i => i.Code).HasMaxLength(64);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(16);
        builder.Property(i => i.Supplier).HasMaxLength(Item.SupplierMaxLength);
        builder.HasIndex(i => new { i.WorkshopId, i.Code }).IsUnique();
        builder.HasOne<Location>().WithMany().HasForeignKey(i => i.BackflushLocationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class BomLineConfiguration : IEntityTypeConfiguration<BomLine>
{
    public void Configure(EntityTypeBuilder<BomLine> builder)
    {
        builder.ToTable("bom_lines", Schemas.Catalog);
        builder.HasOne<Item>().WithMany().HasForeignKey(b => b.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Item>().WithMany().HasForeignKey(b => b.ComponentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.WorkshopId, b.ProductId, b.ComponentId }).IsUnique();
    }
}

internal sealed class WorkstationConfiguration : IEntityTypeConfiguration<Workstation>
{
    public void Configure(EntityTypeBuilder<Workstation> builder)
    {
        builder.ToTable("workstations", Schemas.Catalog);
        builder.Property(w => w.Code).HasMaxLength(64);
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.HoursPerDay).HasPrecision(DecimalColumn.HoursPerDay.Precision, DecimalColumn.HoursPerDay.Scale);
        builder.HasIndex(w => new { w.WorkshopId, w.Code }).IsUnique();
    }
}

internal sealed class RoutingStepConfiguration : IEntityTypeConfiguration<RoutingStep>
{
    public void Configure(EntityTypeBuilder<RoutingStep> builder)
    {
        builder.ToTable("routing_steps", Schemas.Catalog);
        builder.Property(s => s.Operation).HasMaxLength(200);
        builder.HasOne<Item>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Workstation>().WithMany().HasForeignKey(s => s.WorkstationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.WorkshopId, s.ProductId, s.Sequence }).IsUnique();
    }
}

internal sealed class DefectCodeConfiguration : IEntityTypeConfiguration<DefectCode>
{
    public void Configure(EntityTypeBuilder<DefectCode> builder)
    {
        builder.ToTable("defect_codes", Schemas.Catalog);
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Color).HasMaxLength(16);
        builder.Property(d => d.Icon).HasMaxLength(64);
        builder.HasIndex(d => new { d.WorkshopId, d.Code }).IsUnique();
    }
}

internal sealed class DowntimeReasonConfiguration : IEntityTypeConfiguration<DowntimeReason>
{
    public void Configure(EntityTypeBuilder<DowntimeReason> builder)
    {
        builder.ToTable("downtime_reasons", Schemas.Catalog);
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => new { d.WorkshopId, d.Code }).IsUnique();
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.ToTable("locations", Schemas.Catalog);
        builder.Property(l => l.Code).HasMaxLength(64);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.HasIndex(l => new { l.WorkshopId, l.Code }).IsUnique();
    }
}
