using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// A broken rule in the reader's language: the <c>Rule.{code}</c> resource with its arguments, quantities written
/// as people write them ("5", not the database's "5.0000") and statuses by their display names ("대기 중", not
/// "Pending"). The API's 409 and every page show this same text.
/// </summary>
internal static class RuleText
{
    /// <summary>
    /// The rules whose arguments name enum values, by position: the domain passes codes, people read names.
    /// <c>work_order.illegal_transition</c> still shows its codes: its Korean text is pinned by ExceptionHandlerTests.
    /// </summary>
    private static readonly Dictionary<string, Type[]> _namedArguments = new(StringComparer.Ordinal)
    {
        ["work_order.not_draft"] = [typeof(WorkOrderStatus)],
        ["work_order.closed"] = [typeof(WorkOrderStatus)],
        ["production_event.order_not_open"] = [typeof(WorkOrderStatus)],
        ["production_event.illegal_for_step"] = [typeof(StepState), typeof(ProductionEventKind)],
        ["customer_order.cannot_cancel"] = [typeof(CustomerOrderStatus)],
        ["customer_order.not_editable"] = [typeof(CustomerOrderStatus)],
        ["customer_order.closed"] = [typeof(CustomerOrderStatus)],
        ["defect.illegal_transition"] = [typeof(Domain.Quality.DefectStatus), typeof(Domain.Quality.DefectStatus)],
    };

    public static string Of(IStringLocalizer text, DomainRuleException rule)
    {
        var named = _namedArguments.GetValueOrDefault(rule.Code) ?? [];
        var message = text[$"Rule.{rule.Code}", [.. rule.Arguments.Select((argument, i) => Readable(text, argument, i < named.Length ? named[i] : null))]];
        return message.ResourceNotFound ? rule.Message : message.Value;
    }

    private static object Readable(IStringLocalizer text, object argument, Type? named) => argument switch
    {
        decimal quantity => Formats.Number(quantity),
        Enum value => DisplayNames.Of(text, value),
        string code when named is not null => DisplayNames.Of(text, named, code),
        _ => argument,
    };
}
