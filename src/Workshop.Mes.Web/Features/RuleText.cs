using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// A broken rule in the reader's language: the <c>Rule.{code}</c> resource with its arguments, quantities written
/// as people write them ("5", not the database's "5.0000"). The API's 409 and every page show this same text.
/// </summary>
internal static class RuleText
{
    public static string Of(IStringLocalizer text, DomainRuleException rule)
    {
        var message = text[$"Rule.{rule.Code}", [.. rule.Arguments.Select(Readable)]];
        return message.ResourceNotFound ? rule.Message : message.Value;
    }

    private static object Readable(object argument) =>
        argument is decimal quantity ? Formats.Number(quantity) : argument;
}
