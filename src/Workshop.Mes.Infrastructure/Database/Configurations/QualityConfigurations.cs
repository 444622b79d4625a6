using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class DefectRecordConfiguration : IEntityTypeConfiguration<DefectRecord>
{
    public void Configure(EntityTypeBuilder<DefectRecord> builder)
    {
        builder.ToTable("defect_records", Schemas.Quality);
        builder.Property(d => d.Number).HasMaxLength(32);
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.Property(d => d.RootCause).HasMaxLength(2000);
        builder.Property(d => d.CorrectiveAction).HasMaxLength(2000);
        builder.ComplexProperty(d => d.Cost, cost =>
        {
            cost.Property(c => c.Material).HasColumnName("cost_material");
            cost.Property(c => c.ReworkLabour).HasColumnName("cost_rework_labour");
            cost.Property(c => c.LostTime).HasColumnName("cost_lost_time");
        });
        builder.HasIndex(d => new { d.WorkshopId, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.WorkshopId, d.RecordedAt });
        builder.HasOne<DefectCode>().WithMany().HasForeignKey(d => d.DefectCodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Item>().WithMany().HasForeignKey(d => d.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(d => d.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkOrderStep>().WithMany().HasForeignKey(d => d.WorkOrderStepId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workstation>().WithMany().HasForeignKey(d => d.WorkstationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lot>().WithMany().HasForeignKey(d => d.MaterialLotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lot>().WithMany().HasForeignKey(d => d.SuspectedLotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workstation>().WithMany().HasForeignKey(d => d.SuspectedWorkstationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(d => d.ActionOwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(d => d.TargetWorkstationId);

        // The defect list filters by these and sorts by cost.
        builder.HasIndex(d => new { d.WorkshopId, d.Status, d.RecordedAt });
        builder.HasIndex(d => new { d.WorkshopId, d.DefectCodeId, d.RecordedAt });
        builder.HasMany(d => d.Photos).WithOne().HasForeignKey(p => p.DefectRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Photos).AutoInclude();
    }
}

internal sealed class DefectPhotoConfiguration : IEntityTypeConfiguration<DefectPhoto>
{
    public void Configure(EntityTypeBuilder<DefectPhoto> builder)
    {
        builder.ToTable("defect_photos", Schemas.Quality);
        builder.Property(p => p.StorageName).HasMaxLength(200);
        builder.Property(p => p.ContentType).HasMaxLength(32);
    }
}

internal sealed class DowntimeConfiguration : IEntityTypeConfiguration<Downtime>
{
    public void Configure(EntityTypeBuilder<Downtime> builder)
    {
        builder.ToTable("downtimes", Schemas.Quality);
        builder.Property(d => d.Note).HasMaxLength(1000);
        builder.Ignore(d => d.IsOpen);
        builder.HasIndex(d => new { d.WorkshopId, d.StartedAt });
        builder.HasIndex(d => new { d.WorkshopId, d.StartEventId }).IsUnique();
        builder.HasIndex(d => new { d.WorkshopId, d.EndEventId }).IsUnique();
        builder.HasOne<Workstation>().WithMany().HasForeignKey(d => d.WorkstationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DowntimeReason>().WithMany().HasForeignKey(d => d.ReasonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PhotoContentConfiguration : IEntityTypeConfiguration<PhotoContent>
{
    public void Configure(EntityTypeBuilder<PhotoContent> builder)
    {
        builder.ToTable("photo_contents", Schemas.Quality);
        builder.Property(p => p.ContentType).HasMaxLength(32);

        // A resent upload (the tablet's photo id) is stored once.
        builder.HasIndex(p => new { p.WorkshopId, p.ClientPhotoId }).IsUnique();
    }
}
