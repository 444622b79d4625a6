using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Web.Features.Api;

namespace Workshop.Mes.Web.Features;

/// <summary>How a change run from a page or a dialog ended.</summary>
internal enum ChangeOutcome
{
    Done,

    /// <summary>Someone else changed the row since the page read it.</summary>
    Stale,

    /// <summary>A domain rule forbids it.</summary>
    RuleBroken,
}

/// <summary>
/// The one way pages and dialogs run a change: a stale version or a broken rule becomes a snackbar in the reader's
/// language (<see cref="RuleText"/>), never an error page. New screens use this instead of their own catch.
/// </summary>
internal static class PageChanges
{
    /// <summary>Runs the change; false when it was refused (someone else changed the row, or a rule forbids it).</summary>
    public static async Task<bool> TryAsync(ISnackbar snackbar, IStringLocalizer text, Func<Task> change) =>
        await RunAsync(snackbar, text, change) == ChangeOutcome.Done;

    /// <summary>Runs the change and says how it ended, for a dialog that closes on a stale version but stays open on a rule.</summary>
    public static async Task<ChangeOutcome> RunAsync(ISnackbar snackbar, IStringLocalizer text, Func<Task> change)
    {
        try
        {
            await change();
            return ChangeOutcome.Done;
        }
        catch (Exception e) when (e is StaleVersionException or DbUpdateConcurrencyException)
        {
            snackbar.Add(text["Common.Stale"], Severity.Warning);
            return ChangeOutcome.Stale;
        }
        catch (DomainRuleException e)
        {
            snackbar.Add(RuleText.Of(text, e), Severity.Error);
            return ChangeOutcome.RuleBroken;
        }
    }
}
