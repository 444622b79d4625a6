using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>A broken rule as the pages show it: the same resource message the API's 409 carries.</summary>
internal static class RuleText
{
    public static string Of(IStringLocalizer text, DomainRuleException rule)
    {
        var message = text[$"Rule.{rule.Code}", [.. rule.Arguments]];
        return message.ResourceNotFound ? rule.Message : message.Value;
    }
}
