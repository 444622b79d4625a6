using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Web;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.ComponentTests;

/// <summary>
/// An app dialog opened the way its page opens it, through MudBlazor's dialog service and the providers the layout
/// renders, in Korean. Tests read it as a person does: the labels of its fields, the text on screen, the messages
/// that pop up; and they fill it through the app's test ids (<c>data-testid</c>), as the browser tests do.
/// </summary>
internal sealed class DialogHost
{
    private readonly BunitContext _context;
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;
    private readonly IRenderedComponent<MudDialogProvider> _dialogs;

    private DialogHost(BunitContext context, IRenderedComponent<MudPopoverProvider> popovers, IRenderedComponent<MudDialogProvider> dialogs, IDialogReference reference)
    {
        (_context, _popovers, _dialogs, Reference) = (context, popovers, dialogs, reference);
    }

    public IDialogReference Reference { get; }

    /// <summary>The app's texts, as the dialog reads them.</summary>
    public IStringLocalizer<SharedResource> T => _context.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>Everything the dialog shows as text.</summary>
    public string Text => string.Concat(_dialogs.Nodes.Select(n => n.TextContent));

    /// <summary>The labels of the fields on screen, in order.</summary>
    public IReadOnlyList<string> Labels => [.. _dialogs.FindAll("label").Select(l => l.TextContent.Trim()).Where(l => l.Length > 0)];

    /// <summary>The messages that popped up (snackbars), oldest first.</summary>
    public IReadOnlyList<string> Messages => [.. _context.Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? string.Empty)];

    /// <summary>Whether the dialog has gone from the screen.</summary>
    public bool Closed => _dialogs.FindAll(".mud-dialog").Count == 0;

    public static Task<DialogHost> OpenAsync<TDialog>(BunitContext context, string title, DialogParameters<TDialog> parameters)
        where TDialog : IComponent
    {
        // The app sets the culture per request; the default language is Korean. Set here, outside the async method
        // below, so that it stays set for the rest of the test: the dialog's events and the test's own texts.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        return ShowAsync(context, title, parameters);
    }

    private static async Task<DialogHost> ShowAsync<TDialog>(BunitContext context, string title, DialogParameters<TDialog> parameters)
        where TDialog : IComponent
    {
        var popovers = context.Render<MudPopoverProvider>();
        var dialogs = context.Render<MudDialogProvider>();
        var service = context.Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await dialogs.InvokeAsync(async () => reference = await service.ShowAsync<TDialog>(title, parameters, new DialogOptions { FullWidth = true }));
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog").Count.ShouldBe(1));
        return new DialogHost(context, popovers, dialogs, reference!);
    }

    /// <summary>The owner of <paramref name="tenant"/>, signed in, as the layout hands them to a page.</summary>
    public static WorkshopMember OwnerOf(Tenant tenant) =>
        new(
            new WorkshopRef(tenant.Id, tenant.Slug, tenant.Name, tenant.TimeZone),
            WorkshopRole.Owner,
            new AuditActor(ActorKind.User, Guid.CreateVersion7(), "김대표"));

    public void WaitFor(Action assertion) => _dialogs.WaitForAssertion(assertion);

    /// <summary>The text box of a field.</summary>
    public IElement Input(string testId) => _dialogs.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    /// <summary>The text box of the <paramref name="index"/>th of several fields with the same test id (a line of a table).</summary>
    public IElement InputAt(string testId, int index) => _dialogs.FindAll($"input[data-testid={testId}], [data-testid={testId}] input")[index];

    /// <summary>What a field shows, read as text (a select shows its choice as text, not in a text box).</summary>
    public string Reads(string testId) => _dialogs.Find($"[data-testid={testId}]").TextContent.Trim();

    public bool Shows(string testId) => Count(testId) > 0;

    public int Count(string testId) => _dialogs.FindAll($"[data-testid={testId}]").Count;

    // Finding an element and acting on it happen in one dispatch: a dialog that re-renders on its own (a lot list
    // re-ordered as a quantity is typed, a default filled in after a read) would otherwise retire the handler found.
    public void Fill(string testId, string value) => Dispatch(() => Input(testId).Change(value));

    /// <summary>Fills the <paramref name="index"/>th of several fields with the same test id (a line of a table).</summary>
    public void Fill(string testId, int index, string value) => Dispatch(() => InputAt(testId, index).Change(value));

    /// <summary>
    /// Presses a button once it can be pressed, as a person (and Playwright) would: a save still finishing keeps its
    /// button disabled for a moment after its messages show, and a press on a disabled button is lost.
    /// </summary>
    public void Click(string testId)
    {
        _dialogs.WaitForAssertion(() => _dialogs.Find($"[data-testid={testId}]").HasAttribute("disabled").ShouldBeFalse($"{testId} is still disabled"));
        Dispatch(() => _dialogs.Find($"[data-testid={testId}]").Click());
    }

    /// <summary>Presses the button a screen reader announces as <paramref name="label"/>; the <paramref name="index"/>th of them.</summary>
    public void Press(string label, int index = 0) => Dispatch(() => _dialogs.FindAll($"button[aria-label='{label}']")[index].Click());

    public bool IsEnabled(string label, int index = 0) => !_dialogs.FindAll($"button[aria-label='{label}']")[index].HasAttribute("disabled");

    /// <summary>Opens a drop-down list and chooses the entry that reads <paramref name="choice"/>.</summary>
    public void Choose(string testId, string choice)
    {
        // The list opens from the box around the field, as a click or a press of the mouse there.
        var opener = _dialogs.Find($"[data-testid={testId}]");
        while (opener.ParentElement is { } parent && !opener.HasAttribute("blazor:onclick") && !opener.HasAttribute("blazor:onmousedown"))
        {
            opener = parent;
        }

        if (opener.HasAttribute("blazor:onclick"))
        {
            opener.Click();
        }
        else
        {
            opener.MouseDown();
        }

        _popovers.WaitForAssertion(() => Suggestions().ShouldContain(s => s.TextContent.Contains(choice, StringComparison.Ordinal)));
        Suggestions().First(s => s.TextContent.Contains(choice, StringComparison.Ordinal)).Click();
        _dialogs.WaitForAssertion(() => Reads(testId).ShouldContain(choice));
    }

    /// <summary>Types into a search-as-you-type field and picks the suggestion that reads <paramref name="suggestion"/>.</summary>
    public void Pick(string testId, string typed, string suggestion, int index = 0)
    {
        Dispatch(() => InputAt(testId, index).Input(typed));
        _popovers.WaitForAssertion(() => Suggestions().ShouldContain(s => s.TextContent.Contains(suggestion, StringComparison.Ordinal)));
        _popovers.InvokeAsync(() => Suggestions().First(s => s.TextContent.Contains(suggestion, StringComparison.Ordinal)).Click()).GetAwaiter().GetResult();
        _dialogs.WaitForAssertion(() => InputAt(testId, index).GetAttribute("value").ShouldNotBeNullOrEmpty());
    }

    private void Dispatch(Action act) => _dialogs.InvokeAsync(act).GetAwaiter().GetResult();

    private IReadOnlyList<IElement> Suggestions() => _popovers.FindAll(".mud-popover-open .mud-list-item");
}
