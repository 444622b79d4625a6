using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Infrastructure.Database;

/// <summary>The one EF Core context: a schema per module, snake_case names, xmin row versions.</summary>
public sealed class MesDbContext(DbContextOptions<MesDbContext> options) : DbContext(options)
{
    public DbSet<Tenant> Workshops => Set<Tenant>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<Item> Items => Set<Item>();

    public DbSet<BomLine> BomLines => Set<BomLine>();

    public DbSet<Workstation> Workstations => Set<Workstation>();

    public DbSet<RoutingStep> RoutingSteps => Set<RoutingStep>();

    public DbSet<DefectCode> DefectCodes => Set<DefectCode>();

    public DbSet<DowntimeReason> DowntimeReasons => Set<DowntimeReason>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<CustomerOrder> CustomerOrders => Set<CustomerOrder>();

    public DbSet<CustomerOrderLine> CustomerOrderLines => Set<CustomerOrderLine>();

    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<ShipmentLine> ShipmentLines => Set<ShipmentLine>();

    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();

    public DbSet<WorkOrderStep> WorkOrderSteps => Set<WorkOrderStep>();

    public DbSet<WorkOrderMaterial> WorkOrderMaterials => Set<WorkOrderMaterial>();

    public DbSet<ProductionEvent> ProductionEvents => Set<ProductionEvent>();

    public DbSet<DefectRecord> DefectRecords => Set<DefectRecord>();

    public DbSet<DefectPhoto> DefectPhotos => Set<DefectPhoto>();

    public DbSet<Downtime> Downtimes => Set<Downtime>();

    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<StockBalance> StockBalances => Set<StockBalance>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Quantities carry four decimals (0.25 yd of lining); money in KRW rounds to whole won in rules.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);

        // Enums are stored by name so the database reads like the domain.
        foreach (var enumType in typeof(TenantEntity).Assembly.GetTypes().Where(t => t.IsEnum))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(32);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MesDbContext).Assembly);

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()).ToList())
        {
            // Ids are UUID v7 made by the domain, so EF must treat a new id as a new row.
            foreach (var key in entity.FindPrimaryKey()?.Properties ?? [])
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }

            if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType))
            {
                modelBuilder.Entity(entity.ClrType)
                    .HasOne(typeof(Tenant))
                    .WithMany()
                    .HasForeignKey(nameof(ITenantOwned.WorkshopId))
                    .OnDelete(DeleteBehavior.Restrict);
            }

            if (typeof(VersionedTenantEntity).IsAssignableFrom(entity.ClrType))
            {
                modelBuilder.Entity(entity.ClrType).Property(nameof(VersionedTenantEntity.Version)).IsRowVersion();
            }
        }
    }
}
