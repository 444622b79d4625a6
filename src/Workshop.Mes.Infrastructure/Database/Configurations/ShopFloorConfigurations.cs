using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class ProductionEventConfiguration : IEntityTypeConfiguration<ProductionEvent>
{
    public void Configure(EntityTypeBuilder<ProductionEvent> builder)
    {
        builder.ToTable("production_events", Schemas.ShopFloor);
        builder.Property(e => e.Note).HasMaxLength(1000);

        // The tablet's own id makes a resent event a no-op instead of a double count.
        builder.HasIndex(e => new { e.WorkshopId, e.ClientEventId }).IsUnique();
        builder.HasIndex(e => new { e.WorkshopId, e.CapturedAt });
        builder.HasIndex(e => e.WorkOrderStepId);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(e => e.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkOrderStep>().WithMany().HasForeignKey(e => e.WorkOrderStepId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(e => e.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DowntimeReason>().WithMany().HasForeignKey(e => e.DowntimeReasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DefectCode>().WithMany().HasForeignKey(e => e.DefectCodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProductionEvent>().WithMany().HasForeignKey(e => e.CorrectsEventId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StepLabourConfiguration : IEntityTypeConfiguration<StepLabour>
{
    public void Configure(EntityTypeBuilder<StepLabour> builder)
    {
        builder.ToTable("step_labour", Schemas.ShopFloor);
        builder.HasIndex(l => new { l.WorkOrderStepId, l.WorkerId }).IsUnique();
        builder.HasIndex(l => l.WorkerId);
        builder.HasOne<WorkOrderStep>().WithMany().HasForeignKey(l => l.WorkOrderStepId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(l => l.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RefusedEventConfiguration : IEntityTypeConfiguration<RefusedEvent>
{
    public void Configure(EntityTypeBuilder<RefusedEvent> builder)
    {
        builder.ToTable("rejected_events", Schemas.ShopFloor);
        builder.Property(r => r.Kind).HasMaxLength(32);
        builder.Property(r => r.Payload).HasColumnType("jsonb");
        builder.Property(r => r.Code).HasMaxLength(100);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.Resolution).HasMaxLength(1000);

        // A resent refused event answers the same refusal instead of being refused twice.
        builder.HasIndex(r => new { r.WorkshopId, r.ClientEventId }).IsUnique();
        builder.HasIndex(r => new { r.WorkshopId, r.Status, r.ReceivedAt });
        builder.HasOne<Worker>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FloorDevice>().WithMany().HasForeignKey(r => r.DeviceId).OnDelete(DeleteBehavior.Restrict);
    }
}
