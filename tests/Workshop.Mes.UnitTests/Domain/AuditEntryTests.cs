using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Common;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class AuditEntryTests
{
    private readonly Guid _entityId = Guid.CreateVersion7();
    private readonly AuditActor _worker = new(ActorKind.Worker, WorkerId, "Kim Minji", Guid.CreateVersion7(), "10.0.0.17");

    [Fact]
    public void An_audit_entry_records_who_changed_what_and_when()
    {
        var entry = new AuditEntry(WorkshopId, _worker, "WorkOrder", _entityId, AuditAction.Updated, """{"priority":"Normal"}""", """{"priority":"Rush"}""", Now);

        entry.ActorKind.ShouldBe(ActorKind.Worker);
        entry.ActorId.ShouldBe(WorkerId);
        entry.ActorName.ShouldBe("Kim Minji");
        entry.DeviceId.ShouldBe(_worker.DeviceId);
        entry.IpAddress.ShouldBe("10.0.0.17");
        entry.EntityType.ShouldBe("WorkOrder");
        entry.EntityId.ShouldBe(_entityId);
        entry.Action.ShouldBe(AuditAction.Updated);
        entry.Before.ShouldBe("""{"priority":"Normal"}""");
        entry.After.ShouldBe("""{"priority":"Rush"}""");
        entry.OccurredAt.ShouldBe(Now);
        entry.OccurredAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_creation_has_only_an_after_and_a_deletion_only_a_before()
    {
        var created = new AuditEntry(WorkshopId, AuditActor.System, "Item", _entityId, AuditAction.Created, null, "{}", Now);
        var deleted = new AuditEntry(WorkshopId, AuditActor.System, "Item", _entityId, AuditAction.Deleted, "{}", null, Now);

        created.Before.ShouldBeNull();
        created.ActorKind.ShouldBe(ActorKind.System);
        created.ActorName.ShouldBe("system");
        deleted.After.ShouldBeNull();
    }

    [Fact]
    public void An_audit_entry_without_before_or_after_is_refused()
    {
        Should.Throw<DomainRuleException>(() => new AuditEntry(WorkshopId, _worker, "WorkOrder", _entityId, AuditAction.Updated, null, null, Now))
            .Code.ShouldBe("audit.empty");
    }

    [Fact]
    public void An_audit_entry_needs_an_actor_name_and_an_entity_type()
    {
        var nameless = _worker with { Name = " " };

        Should.Throw<DomainRuleException>(() => new AuditEntry(WorkshopId, nameless, "WorkOrder", _entityId, AuditAction.Updated, "{}", "{}", Now))
            .Code.ShouldBe("rule.required");
        Should.Throw<DomainRuleException>(() => new AuditEntry(WorkshopId, _worker, "", _entityId, AuditAction.Updated, "{}", "{}", Now))
            .Code.ShouldBe("rule.required");
    }
}
