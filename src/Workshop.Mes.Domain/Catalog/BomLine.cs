using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Catalog;

/// <summary>One line of a product's bill of materials: how much of a component one unit of the product uses.</summary>
public sealed class BomLine : VersionedTenantEntity
{
    private BomLine()
    {
    }

    public BomLine(Guid workshopId, Guid productId, Guid componentId, decimal quantityPer)
        : base(workshopId)
    {
        if (productId == componentId)
        {
            throw new DomainRuleException("bom.self_reference", "A product cannot be its own component.");
        }

        ProductId = productId;
        ComponentId = componentId;
        QuantityPer = Guard.Positive(quantityPer, nameof(quantityPer));
    }

    public Guid ProductId { get; private set; }

    public Guid ComponentId { get; private set; }

    public decimal QuantityPer { get; private set; }

    public void ChangeQuantity(decimal quantityPer) => QuantityPer = Guard.Positive(quantityPer, nameof(quantityPer));
}
