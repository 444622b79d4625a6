using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

[ModuleSurface]
internal enum SignInOutcome
{
    SignedIn,
    WrongCredentials,
    LockedOut,
    Disabled,
}

/// <summary>How a sign-in attempt went; <see cref="LockoutMinutes"/> says how long a locked account waits.</summary>
[ModuleSurface]
internal sealed record SignInAttempt(SignInOutcome Outcome, int LockoutMinutes = 0);

/// <summary>
/// E-mail and password sign-in. An unknown e-mail and a wrong password get the same answers, lockout included,
/// so the form does not tell strangers who has an account; "disabled" is said only to someone who knows the password.
/// </summary>
[ModuleSurface]
internal sealed class AccountSignIn(SignInManager<MesUser> signInManager, PasswordTries tries, AccountSessions sessions, AccountSignals signals, TimeProvider clock)
{
    public async Task<SignInAttempt> SignInAsync(string? email, string? password)
    {
        var users = signInManager.UserManager;
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return new SignInAttempt(SignInOutcome.WrongCredentials);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        var attempt = user is null ? tries.BeginUnknown(users.NormalizeEmail(email.Trim())) : await tries.BeginAsync(user);
        if (attempt.Refused)
        {
            return LockedOut(attempt);
        }

        if (user is null || !await users.CheckPasswordAsync(user, password))
        {
            if (user is null)
            {
                // Hash anyway, so an unknown e-mail takes as long to refuse as a wrong password.
                users.PasswordHasher.HashPassword(new MesUser(), password);
            }

            return attempt.LockedUntil is null ? new SignInAttempt(SignInOutcome.WrongCredentials) : LockedOut(attempt);
        }

        await tries.PassedAsync(attempt);
        if (user.IsDisabled)
        {
            return new SignInAttempt(SignInOutcome.Disabled);
        }

        var session = new AuthenticationProperties { Items = { [AccountSessions.Kind] = await sessions.StartAsync(user.Id) } };
        await signInManager.SignInAsync(user, session);
        return new SignInAttempt(SignInOutcome.SignedIn);
    }

    /// <summary>Ends this session on the server too: a copy of its cookie stops working and its open pages close.</summary>
    public async Task SignOutAsync()
    {
        var principal = signInManager.Context.User;
        if (principal.UserId() is { } userId && principal.SessionId() is { } session)
        {
            await sessions.EndAsync(userId, session);
            signals.Changed(userId);
        }

        await signInManager.SignOutAsync();
    }

    /// <summary>Only a path on this site; anything else (another host, <c>//evil</c>) goes home.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.StartsWith(IdentityModule.SignInPath, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";

    public static string DisplayName(ClaimsPrincipal principal) =>
        principal.FindFirstValue(MesClaims.DisplayName) ?? principal.FindFirstValue(ClaimTypes.Name) ?? string.Empty;

    private SignInAttempt LockedOut(PasswordTry attempt) => new(SignInOutcome.LockedOut, attempt.LockoutMinutes(clock.GetUtcNow()));
}
