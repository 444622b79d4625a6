using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>
/// What every floor page does first: check the tablet (and the worker) on this very request. A removed tablet
/// loses its cookies and is sent to pairing with the reason; an ended session goes back to the name tiles.
/// </summary>
public abstract class FloorPageBase : ComponentBase
{
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Inject]
    private FloorCredentials Credentials { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>A message code from the form that sent the tablet here (only known codes are shown).</summary>
    [SupplyParameterFromQuery(Name = "error")]
    protected string? Error { get; set; }

    /// <summary>Tries left after a wrong PIN.</summary>
    [SupplyParameterFromQuery(Name = "left")]
    protected int? Left { get; set; }

    /// <summary>Minutes a locked PIN stays locked.</summary>
    [SupplyParameterFromQuery(Name = "minutes")]
    protected int? Minutes { get; set; }

    protected string? ErrorMessage()
    {
        if (Error is not { } code || !FloorValidation.PageCodes.Contains(code))
        {
            return null;
        }

        object[] arguments = code switch
        {
            "WrongPin" => [Left ?? 0],
            "Locked" => [Minutes ?? PinPolicy.Lockout.TotalMinutes],
            "PinFormat" => [PinPolicy.MinLength, PinPolicy.MaxLength],
            _ => [],
        };
        return T[$"Floor.Error.{code}", arguments].Value;
    }

    /// <summary>The checked tablet (and worker, when <paramref name="worker"/>), or null after sending the tablet elsewhere.</summary>
    private protected async Task<FloorCheck?> RequireAsync(bool worker)
    {
        var cookies = HttpContext.Request.Cookies;
        var check = await Credentials.CheckAsync(cookies[FloorCookies.Device], worker ? cookies[FloorCookies.Worker] : null, HttpContext.RequestAborted);
        switch (check.Refusal)
        {
            case FloorRefusal.NoDevice:
                return Redirect(FloorForms.PairPath);
            case FloorRefusal.DeviceRemoved:
                FloorCookies.ClearAll(HttpContext);
                return Redirect($"{FloorForms.PairPath}?error=Removed");
            case FloorRefusal.SessionEnded:
                FloorCookies.ClearWorker(HttpContext);
                return Redirect($"{FloorForms.WorkersPath}?error=SessionEnded");
            case FloorRefusal.None when worker && check.Worker is null:
                return Redirect(FloorForms.WorkersPath);
            default:
                return check;
        }
    }

    private protected FloorCheck? Redirect(string url)
    {
        Navigation.NavigateTo(url);
        return null;
    }
}
