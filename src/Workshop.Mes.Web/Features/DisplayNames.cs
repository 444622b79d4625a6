using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using ContractOrderStatus = Workshop.Mes.Contracts.Orders.CustomerOrderStatus;
using ContractPriority = Workshop.Mes.Contracts.WorkOrders.WorkOrderPriority;
using ContractStepState = Workshop.Mes.Contracts.WorkOrders.StepState;
using ContractWorkOrderStatus = Workshop.Mes.Contracts.WorkOrders.WorkOrderStatus;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// The one name a person sees for a status, a kind or a record type: 대기 중, not <c>Pending</c>; 구성원, not
/// <c>Membership</c>. Pages, rule messages (<see cref="RuleText"/>) and the audit trail all ask here.
/// </summary>
internal static class DisplayNames
{
    /// <summary>The enum value's resource, or its code when there is none.</summary>
    public static string Of(IStringLocalizer text, Enum value)
    {
        var name = text[KeyOf(value)];
        return name.ResourceNotFound ? value.ToString() : name.Value;
    }

    /// <summary>A kind of record as the audit trail names it (<c>Membership</c> → 구성원).</summary>
    public static string Entity(IStringLocalizer text, string entityType)
    {
        var name = text[$"Entity.{entityType}"];
        return name.ResourceNotFound ? entityType : name.Value;
    }

    /// <summary>The display name of <paramref name="code"/> read as a value of <paramref name="type"/>, or the code itself.</summary>
    public static string Of(IStringLocalizer text, Type type, string code) =>
        Enum.TryParse(type, code, ignoreCase: false, out var value) && value is Enum known ? Of(text, known) : code;

    private static string KeyOf(Enum value) => value switch
    {
        WorkOrderStatus or ContractWorkOrderStatus => $"Status.{value}",
        CustomerOrderStatus or ContractOrderStatus => $"Orders.Status.{value}",
        StepState or ContractStepState => $"WorkOrders.StepState.{value}",
        WorkOrderPriority or ContractPriority => $"Priority.{value}",
        WorkOrderAction => $"WorkOrders.Action.{value}",
        ProductionEventKind => $"WorkOrders.EventKind.{value}",
        Domain.Quality.DefectStatus or Contracts.Quality.DefectStatus => $"Quality.Status.{value}",
        _ => $"Enum.{value.GetType().Name}.{value}",
    };
}
