using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class CustomerOrderConfiguration : IEntityTypeConfiguration<CustomerOrder>
{
    public void Configure(EntityTypeBuilder<CustomerOrder> builder)
    {
        builder.ToTable("customer_orders", Schemas.Orders);
        builder.Property(o => o.Number).HasMaxLength(32);
        builder.Property(o => o.CustomerName).HasMaxLength(200);
        builder.HasIndex(o => new { o.WorkshopId, o.Number }).IsUnique();
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.CustomerOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).AutoInclude();
    }
}

internal sealed class CustomerOrderLineConfiguration : IEntityTypeConfiguration<CustomerOrderLine>
{
    public void Configure(EntityTypeBuilder<CustomerOrderLine> builder)
    {
        builder.ToTable("customer_order_lines", Schemas.Orders);
        builder.Ignore(l => l.RemainingQuantity);
        builder.Ignore(l => l.IsFullyShipped);
        builder.HasOne<Item>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.CustomerOrderId, l.LineNumber }).IsUnique();

        // The size breakdown lives in the line's row (ADR 0076): read and written with it, under its workshop's policy.
        builder.Ignore(l => l.Sizes);
        builder.ComplexCollection<List<OrderLineSize>, OrderLineSize>("_sizes", sizes => sizes.ToJson("sizes"));
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.ToTable("shipments", Schemas.Orders);
        builder.Property(s => s.Number).HasMaxLength(32);
        builder.HasIndex(s => new { s.WorkshopId, s.Number }).IsUnique();
        builder.HasOne<CustomerOrder>().WithMany().HasForeignKey(s => s.CustomerOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).AutoInclude();
    }
}

internal sealed class ShipmentLineConfiguration : IEntityTypeConfiguration<ShipmentLine>
{
    public void Configure(EntityTypeBuilder<ShipmentLine> builder)
    {
        builder.ToTable("shipment_lines", Schemas.Orders);
        builder.HasOne<CustomerOrderLine>().WithMany().HasForeignKey(l => l.CustomerOrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lot>().WithMany().HasForeignKey(l => l.LotId).OnDelete(DeleteBehavior.Restrict);
    }
}
