using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Infrastructure.Database;

/// <summary>
/// The one EF Core context: a schema per module, snake_case names, xmin row versions, and the accounts of
/// ASP.NET Core Identity. Each instance works in one <see cref="DataScope"/>: every tenant-owned entity has a
/// query filter on the scope's workshop, and the database's row-level security checks the same again.
/// </summary>
public sealed class MesDbContext(DbContextOptions<MesDbContext> options, DataScope scope) : IdentityUserContext<MesUser, Guid>(options)
{
    public DataScope Scope { get; } = scope;

    /// <summary>The workshop every tenant-owned query is filtered to (read by the query filters).</summary>
    private Guid? CurrentWorkshopId => Scope.WorkshopId;

    private bool SeesAllWorkshops => Scope.Unrestricted;

    public DbSet<Tenant> Workshops => Set<Tenant>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<FloorDevice> FloorDevices => Set<FloorDevice>();

    public DbSet<DevicePairing> DevicePairings => Set<DevicePairing>();

    public DbSet<WorkerSession> WorkerSessions => Set<WorkerSession>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

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

    public DbSet<StepLabour> StepLabour => Set<StepLabour>();

    public DbSet<RefusedEvent> RefusedEvents => Set<RefusedEvent>();

    public DbSet<DefectRecord> DefectRecords => Set<DefectRecord>();

    public DbSet<DefectPhoto> DefectPhotos => Set<DefectPhoto>();

    public DbSet<PhotoContent> PhotoContents => Set<PhotoContent>();

    public DbSet<Downtime> Downtimes => Set<Downtime>();

    public DbSet<ProductionRollup> ProductionRollups => Set<ProductionRollup>();

    public DbSet<DashboardVisit> DashboardVisits => Set<DashboardVisit>();

    public DbSet<WorkshopProfile> WorkshopProfiles => Set<WorkshopProfile>();

    public DbSet<SelfAssessmentAnswer> SelfAssessmentAnswers => Set<SelfAssessmentAnswer>();

    public DbSet<IndicatorVerification> IndicatorVerifications => Set<IndicatorVerification>();

    public DbSet<WorkshopGoal> WorkshopGoals => Set<WorkshopGoal>();

    public DbSet<StageEvaluationRecord> StageEvaluations => Set<StageEvaluationRecord>();

    public DbSet<StageAssessment> StageAssessments => Set<StageAssessment>();

    public DbSet<PeerAggregate> PeerAggregates => Set<PeerAggregate>();

    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<StockBalance> StockBalances => Set<StockBalance>();

    public DbSet<StockCountLine> StockCountLines => Set<StockCountLine>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Api.IdempotentRequest> IdempotentRequests => Set<Api.IdempotentRequest>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Quantities carry four decimals (0.25 yd of lining); money in KRW rounds to whole won in rules.
        configurationBuilder.Properties<decimal>().HavePrecision(DecimalColumn.Amount.Precision, DecimalColumn.Amount.Scale);

        // Enums are stored by name so the database reads like the domain.
        foreach (var enumType in typeof(TenantEntity).Assembly.GetTypes().Where(t => t.IsEnum))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(32);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MesDbContext).Assembly);

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()).ToList())
        {
            // Ids are UUID v7 made by the domain, so EF must treat a new id as a new row.
            foreach (var key in entity.FindPrimaryKey()?.Properties.Where(p => p.ClrType == typeof(Guid)) ?? [])
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
                modelBuilder.Entity(entity.ClrType).HasQueryFilter(WorkshopFilter(entity.ClrType));
            }

            if (typeof(VersionedTenantEntity).IsAssignableFrom(entity.ClrType))
            {
                modelBuilder.Entity(entity.ClrType).Property(nameof(VersionedTenantEntity.Version)).IsRowVersion();
            }
        }
    }

    /// <summary><c>e => SeesAllWorkshops || e.WorkshopId == CurrentWorkshopId</c>, read from this context on every query.</summary>
    private LambdaExpression WorkshopFilter(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var context = Expression.Constant(this);
        var workshopId = Expression.Convert(Expression.Property(entity, nameof(ITenantOwned.WorkshopId)), typeof(Guid?));
        var body = Expression.OrElse(
            Expression.Property(context, nameof(SeesAllWorkshops)),
            Expression.Equal(workshopId, Expression.Property(context, nameof(CurrentWorkshopId))));
        return Expression.Lambda(body, entity);
    }
}
