using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.IntegrationTests.Identity;

/// <summary>
/// What a page left open holds on the server, built from the app's own services: a circuit's scope, its
/// revalidating authentication state for the person the cookie signs in (read through the real cookie check),
/// and the workshops and roles the layout read for them.
/// </summary>
internal sealed class LivePage : IAsyncDisposable
{
    private readonly AsyncServiceScope _circuit;
    private readonly SessionRevalidation _authentication;
    private readonly System.Security.Claims.ClaimsPrincipal _person;
    private readonly TaskCompletionSource _signedOut = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LivePage(AsyncServiceScope circuit, System.Security.Claims.ClaimsPrincipal person)
    {
        _circuit = circuit;
        _person = person;
        _authentication = (SessionRevalidation)circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        _authentication.AuthenticationStateChanged += async state =>
        {
            if ((await state).User.Identity?.IsAuthenticated != true)
            {
                _signedOut.TrySetResult();
            }
        };
        _authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(person)));
    }

    /// <summary>Completes when the page's person becomes anonymous: the page then sends them on.</summary>
    public Task SignedOut => _signedOut.Task;

    public static async Task<LivePage> OpenAsync(MesApp app, string authCookie)
    {
        var circuit = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = circuit.ServiceProvider };
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("localhost");
        http.Request.Headers.Cookie = authCookie;
        var signedIn = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        signedIn.Succeeded.ShouldBeTrue("the cookie signs in when the page opens");
        var page = new LivePage(circuit, signedIn.Principal!);
        var choices = await circuit.ServiceProvider.GetRequiredService<MemberResolver>().ChoicesAsync(page._person, TestContext.Current.CancellationToken);
        page.Roles = choices.Select(c => c.Role).ToList();
        return page;
    }

    /// <summary>The roles the page acts with, one per workshop, as its layout read them.</summary>
    public IReadOnlyList<Domain.Access.WorkshopRole> Roles { get; private set; } = [];

    /// <summary>The check the page makes every half minute: may it go on acting for its person?</summary>
    public Task<bool> RevalidateAsync() => _authentication.IsCurrentAsync(_person, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _circuit.DisposeAsync();
}
