using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Web.Features.Api;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>How the master-data pages run a change: a stale version or a broken rule becomes a snackbar, never an error page.</summary>
internal static class PageChanges
{
    /// <summary>Runs the change; false when it was refused (someone else changed the row, or a rule forbids it).</summary>
    public static async Task<bool> TryAsync(ISnackbar snackbar, IStringLocalizer text, Func<Task> change)
    {
        try
        {
            await change();
            return true;
        }
        catch (Exception e) when (e is StaleVersionException or DbUpdateConcurrencyException)
        {
            snackbar.Add(text["Common.Stale"], Severity.Warning);
        }
        catch (DomainRuleException e)
        {
            snackbar.Add(RuleText.Of(text, e), Severity.Error);
        }

        return false;
    }
}
