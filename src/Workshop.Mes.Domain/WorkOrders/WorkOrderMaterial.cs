using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.WorkOrders;

/// <summary>A component the order needs, copied from the BOM at release: quantity per unit and in total.</summary>
public sealed class WorkOrderMaterial : TenantEntity
{
    private WorkOrderMaterial()
    {
    }

    internal WorkOrderMaterial(WorkOrder order, BomLine bom)
        : base(order.WorkshopId)
    {
        WorkOrderId = order.Id;
        ItemId = bom.ComponentId;
        QuantityPer = bom.QuantityPer;
        RequiredQuantity = bom.QuantityPer * order.Quantity;
    }

    public Guid WorkOrderId { get; private set; }

    public Guid ItemId { get; private set; }

    public decimal QuantityPer { get; private set; }

    public decimal RequiredQuantity { get; private set; }

    public decimal ConsumedQuantity { get; private set; }

    public decimal OutstandingQuantity => Math.Max(0, RequiredQuantity - ConsumedQuantity);

    public void RecordConsumption(decimal quantity) => ConsumedQuantity += Guard.Positive(quantity, nameof(quantity));
}
