using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Dashboard;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class ProductionRollupConfiguration : IEntityTypeConfiguration<ProductionRollup>
{
    public void Configure(EntityTypeBuilder<ProductionRollup> builder)
    {
        builder.ToTable("production_rollups", Schemas.Dashboard);
        builder.Ignore(r => r.Key);
        builder.Ignore(r => r.Measures);

        // The grain, and what each event's INSERT … ON CONFLICT adds to; a downtime row has no product, and one
        // such row per station and hour is still one row.
        builder.HasIndex(r => new { r.WorkshopId, r.WorkstationId, r.ProductId, r.Hour }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(r => new { r.WorkshopId, r.Hour });
    }
}
