using System.Reflection;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.UnitTests.Architecture;

public sealed class ArchitectureTests
{
    private static readonly Assembly _domain = typeof(DomainRuleException).Assembly;

    [Fact]
    public void The_domain_depends_on_nothing_but_dotnet_itself()
    {
        var references = _domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldAllBe(name => name == "System.Runtime" || name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard");
    }

    [Theory]
    [InlineData(typeof(Mes.Domain.WorkOrders.WorkOrderStatus), typeof(Contracts.WorkOrders.WorkOrderStatus))]
    [InlineData(typeof(Mes.Domain.WorkOrders.WorkOrderPriority), typeof(Contracts.WorkOrders.WorkOrderPriority))]
    public void Api_enums_name_the_same_values_as_the_domain(Type domain, Type contract)
    {
        Enum.GetNames(contract).ShouldBe(Enum.GetNames(domain));
    }

    [Fact]
    public void Every_tenant_owned_entity_carries_its_workshop()
    {
        var entities = _domain.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace?.StartsWith("Workshop.Mes.Domain", StringComparison.Ordinal) == true && t.GetProperty("Id")?.PropertyType == typeof(Guid) && t.GetMethod("<Clone>$") is null);

        // A workshop row, and the peer groups' anonymised figures, which belong to no workshop by design (§10).
        string[] shared = ["Tenant", "PeerAggregate"];
        entities.Where(t => !shared.Contains(t.Name) && !t.IsAssignableTo(typeof(ITenantOwned))).ShouldBeEmpty();
    }
}
