using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
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
        // Made here rather than with TestCredentials.UserAsync, whose Seoul-offset CreatedAt Npgsql refuses.
        var user = new MesUser
        {
            Email = email,
            UserName = email,
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            DisplayName = "김사장",
            EmailConfirmed = true,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedAt = TestWorkshop.Now.ToUniversalTime(),
        };
        await using (var db = database.CreateContext())
        {
            db.Users.Add(user);
            db.Memberships.Add(new Membership(workshopId, user.Id, WorkshopRole.Owner, TestWorkshop.Now.ToUniversalTime()));
            await db.SaveChangesAsync();
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
