using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Identity;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Security;

/// <summary>
/// A person signed in as a workshop's owner, without the sign-in page: the app's own cookie handler protects a
/// ticket for a real account, so the cookie, its security stamp and the membership are checked for real on every
/// request. Owner-only endpoints are tested with it until the sign-in form lands (then <see cref="MesApp.MemberClientAsync"/>).
/// </summary>
internal static class OwnerSession
{
    public static async Task<HttpClient> ClientAsync(MesApp app, MesDatabase database, Guid workshopId, string email = "owner@test.example")
    {
        var user = await TestCredentials.UserAsync(database, email, (workshopId, WorkshopRole.Owner));
        var stamp = Guid.NewGuid().ToString("N");
        await using (var db = database.CreateContext())
        {
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.SecurityStamp, stamp));
        }

        using var scope = app.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<MesUser>>().FindByIdAsync(user.Id.ToString());
        ClaimsPrincipal principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<MesUser>>().CreateAsync(stored!);
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var now = DateTimeOffset.UtcNow;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(1) }, IdentityConstants.ApplicationScheme);

        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{cookie.Cookie.Name}={cookie.TicketDataFormat.Protect(ticket)}");
        return client;
    }
}
