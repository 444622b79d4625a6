using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Infrastructure.Database.Configurations;

internal sealed class MesUserConfiguration : IEntityTypeConfiguration<MesUser>
{
    public void Configure(EntityTypeBuilder<MesUser> builder)
    {
        builder.ToTable("users", Schemas.Identity);
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
    }
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("user_claims", Schemas.Identity);
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("user_logins", Schemas.Identity);
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("user_tokens", Schemas.Identity);
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships", Schemas.Identity);
        builder.HasIndex(m => new { m.WorkshopId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<MesUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("invitations", Schemas.Identity);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.DisplayName).HasMaxLength(100);
        builder.Property(i => i.InvitedBy).HasMaxLength(100);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
    }
}

internal sealed class FloorDeviceConfiguration : IEntityTypeConfiguration<FloorDevice>
{
    public void Configure(EntityTypeBuilder<FloorDevice> builder)
    {
        builder.ToTable("floor_devices", Schemas.Identity);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.CredentialHash).HasMaxLength(64);
    }
}

internal sealed class DevicePairingConfiguration : IEntityTypeConfiguration<DevicePairing>
{
    public void Configure(EntityTypeBuilder<DevicePairing> builder)
    {
        builder.ToTable("device_pairings", Schemas.Identity);
        builder.Property(p => p.DeviceName).HasMaxLength(100);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.CodeHash).HasMaxLength(64);
        builder.HasIndex(p => p.CodeHash).IsUnique();
    }
}

internal sealed class WorkerSessionConfiguration : IEntityTypeConfiguration<WorkerSession>
{
    public void Configure(EntityTypeBuilder<WorkerSession> builder)
    {
        builder.ToTable("worker_sessions", Schemas.Identity);
        builder.Property(s => s.TokenHash).HasMaxLength(64);
        builder.HasIndex(s => new { s.WorkshopId, s.DeviceId, s.EndedAt });
        builder.HasOne<Domain.Tenancy.Worker>().WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FloorDevice>().WithMany().HasForeignKey(s => s.DeviceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys", Schemas.Identity);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.Hint).HasMaxLength(8);
        builder.Property(k => k.CreatedBy).HasMaxLength(100);
    }
}
