using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
