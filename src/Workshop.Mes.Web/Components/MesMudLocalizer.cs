using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Workshop.Mes.Web.Components;

/// <summary>MudBlazor's own labels (pager, sorting, loading) from our resources as <c>Mud.&lt;key&gt;</c>, so they are Korean too.</summary>
internal sealed class MesMudLocalizer(IStringLocalizer<SharedResource> text) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var translated = text[$"Mud.{key}"];
            return translated.ResourceNotFound ? base[key] : new LocalizedString(key, translated.Value);
        }
    }
}
