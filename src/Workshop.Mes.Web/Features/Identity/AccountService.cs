using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// A person's own account (password change) and the platform's control over accounts (disable). Both change
/// the security stamp, which ends every other session at the next request and open pages at once.
/// </summary>
internal sealed class AccountService(
    UserManager<MesUser> users,
    SignInManager<MesUser> signInManager,
    AccountSignals signals,
    PasswordTries tries,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock)
{
    /// <summary>Changes the password; this session stays signed in, every other one ends. Errors are per field.</summary>
    public async Task<Dictionary<string, string[]>> ChangePasswordAsync(ClaimsPrincipal principal, string? current, string? password, string? confirm)
    {
        var errors = new Dictionary<string, string[]>();
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            errors["current"] = [text["Account.Failed"]];
            return errors;
        }

        if (string.IsNullOrEmpty(current))
        {
            errors["current"] = [text["Validation.Required"]];
        }

        AccountRules.CheckNewPassword(errors, text, password, confirm);
        if (errors.Count > 0)
        {
            return errors;
        }

        // A wrong current password counts toward the lockout like a wrong sign-in: a session left open or taken
        // over must not become a way to guess the password.
        var attempt = await tries.BeginAsync(user);
        if (attempt.Refused)
        {
            errors["current"] = [text["SignIn.LockedOut", attempt.LockoutMinutes(clock.GetUtcNow())]];
            return errors;
        }

        var result = await users.ChangePasswordAsync(user, current!, password!);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            errors["current"] = [attempt.LockedUntil is null ? text["Password.Mismatch"] : text["SignIn.LockedOut", attempt.LockoutMinutes(clock.GetUtcNow())]];
            return errors;
        }

        await tries.PassedAsync(attempt);
        if (!result.Succeeded)
        {
            AccountRules.AddPasswordErrors(errors, result);
            return errors;
        }

        await signInManager.RefreshSignInAsync(user);
        signals.Changed(user.Id);
        return errors;
    }

    /// <summary>Disables (or re-enables) an account; a disabled one is signed out everywhere at once.</summary>
    public async Task<bool> SetDisabledAsync(Guid userId, bool disabled)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return false;
        }

        user.DisabledAt = disabled ? clock.GetUtcNow() : null;
        await users.UpdateSecurityStampAsync(user);
        signals.Changed(user.Id);
        return true;
    }
}

/// <summary>The checks every form that sets a password or names a person makes, in one place.</summary>
[ModuleSurface]
internal static class AccountRules
{
    public const int MaxNameLength = 100;

    public static void CheckNewPassword(Dictionary<string, string[]> errors, IStringLocalizer<SharedResource> text, string? password, string? confirm)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors["password"] = [text["Validation.Required"]];
        }
        else if (password != confirm)
        {
            errors["confirmPassword"] = [text["Password.ConfirmMismatch"]];
        }
    }

    public static void CheckName(Dictionary<string, string[]> errors, IStringLocalizer<SharedResource> text, string field, string? name) =>
        new FieldChecks(text, errors).Text(field, name, MaxNameLength);

    public static void CheckEmail(Dictionary<string, string[]> errors, IStringLocalizer<SharedResource> text, string field, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            errors[field] = [text["Validation.Required"]];
        }
        else if (!IsEmail(email))
        {
            errors[field] = [text["Validation.Email"]];
        }
    }

    public static bool IsEmail(string email)
    {
        var value = email.Trim();
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return value.Length <= 256 && at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1
            && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace)

            // Nothing invisible or unstorable either (NUL, a zero-width space): ADR 0027.
            && !TypedText.HasControlCharacters(value) && TypedText.Clean(value) == value;
    }

    /// <summary>Identity's password errors (length, common, containing the e-mail) as one field's messages.</summary>
    public static void AddPasswordErrors(Dictionary<string, string[]> errors, IdentityResult result, string field = "password")
    {
        foreach (var error in result.Errors)
        {
            var key = error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)
                ? "email"
                : field;
            errors[key] = [.. errors.GetValueOrDefault(key, []), error.Description];
        }
    }
}
