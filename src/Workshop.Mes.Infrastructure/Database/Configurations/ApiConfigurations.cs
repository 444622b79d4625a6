using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Infrastructure.Api;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("idempotent_requests", Schemas.Api);
        builder.Property(r => r.Key).HasMaxLength(255);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(1000);
        builder.Property(r => r.ETag).HasMaxLength(64);
        builder.HasIndex(r => new { r.WorkshopId, r.Key }).IsUnique();
    }
}
