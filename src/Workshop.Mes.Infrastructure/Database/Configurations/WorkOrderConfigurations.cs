using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.ToTable("work_orders", Schemas.WorkOrders);
        builder.Property(o => o.Number).HasMaxLength(32);
        builder.Property(o => o.HoldReason).HasMaxLength(500);
        builder.Property(o => o.ClosedShortReason).HasMaxLength(500);
        builder.Ignore(o => o.GoodQuantity);
        builder.Ignore(o => o.ScrapQuantity);
        builder.Ignore(o => o.Progress);
        builder.HasIndex(o => new { o.WorkshopId, o.Number }).IsUnique();
        builder.HasIndex(o => new { o.WorkshopId, o.Status, o.DueDate });
        builder.HasOne<Item>().WithMany().HasForeignKey(o => o.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CustomerOrderLine>().WithMany().HasForeignKey(o => o.CustomerOrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Steps).WithOne().HasForeignKey(s => s.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Materials).WithOne().HasForeignKey(m => m.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Steps).AutoInclude();
        builder.Navigation(o => o.Materials).AutoInclude();
    }
}

internal sealed class WorkOrderStepConfiguration : IEntityTypeConfiguration<WorkOrderStep>
{
    public void Configure(EntityTypeBuilder<WorkOrderStep> builder)
    {
        builder.ToTable("work_order_steps", Schemas.WorkOrders);
        builder.Property(s => s.Operation).HasMaxLength(200);
        builder.HasOne<Workstation>().WithMany().HasForeignKey(s => s.WorkstationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.WorkOrderId, s.Sequence }).IsUnique();
        builder.HasIndex(s => new { s.WorkshopId, s.WorkstationId, s.State });
    }
}

internal sealed class WorkOrderMaterialConfiguration : IEntityTypeConfiguration<WorkOrderMaterial>
{
    public void Configure(EntityTypeBuilder<WorkOrderMaterial> builder)
    {
        builder.ToTable("work_order_materials", Schemas.WorkOrders);
        builder.Ignore(m => m.OutstandingQuantity);
        builder.HasOne<Item>().WithMany().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
