using MudBlazor;

namespace Workshop.Mes.Web.Components;

/// <summary>A confirmed action, with the reason given when one was asked for.</summary>
internal sealed record Confirmed(string? Reason);

/// <summary>Opens the shared <see cref="ConfirmDialog"/>: every destructive or irreversible action asks through here.</summary>
internal static class Confirmation
{
    /// <summary>Null when the person backed out.</summary>
    public static async Task<Confirmed?> AskAsync(
        IDialogService dialogs, string title, string message, string confirmText, string? reasonLabel = null, string? detail = null, bool destructive = true)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.ReasonLabel, reasonLabel },
            { d => d.Detail, detail },
            { d => d.Destructive, destructive },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: Confirmed confirmed } ? confirmed : null;
    }
}
