using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.ToTable("lots", Schemas.Inventory);
        builder.Property(l => l.LotNumber).HasMaxLength(64);
        builder.Property(l => l.SupplierName).HasMaxLength(200);
        builder.HasIndex(l => new { l.WorkshopId, l.ItemId, l.LotNumber }).IsUnique();
        builder.HasOne<Item>().WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("stock_movements", Schemas.Inventory);
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.Ignore(m => m.Key);
        builder.HasIndex(m => new { m.WorkshopId, m.ItemId, m.OccurredAt });
        builder.HasIndex(m => m.LotId);
        builder.HasOne<Item>().WithMany().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lot>().WithMany().HasForeignKey(m => m.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockBalanceConfiguration : IEntityTypeConfiguration<StockBalance>
{
    public void Configure(EntityTypeBuilder<StockBalance> builder)
    {
        builder.ToTable("stock_balances", Schemas.Inventory);
        builder.Ignore(b => b.Key);

        // One balance per item × lot × location, an absent lot counting as one value.
        builder.HasIndex(b => new { b.WorkshopId, b.ItemId, b.LotId, b.LocationId }).IsUnique().AreNullsDistinct(false);
        builder.HasOne<Item>().WithMany().HasForeignKey(b => b.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lot>().WithMany().HasForeignKey(b => b.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(b => b.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockCountLineConfiguration : IEntityTypeConfiguration<StockCountLine>
{
    public void Configure(EntityTypeBuilder<StockCountLine> builder)
    {
        builder.ToTable("stock_count_lines", Schemas.Inventory);
        builder.HasIndex(c => new { c.WorkshopId, c.CountedAt });
        builder.HasOne<Item>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lot>().WithMany().HasForeignKey(c => c.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(c => c.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
