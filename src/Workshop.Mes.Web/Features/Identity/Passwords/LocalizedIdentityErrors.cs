using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>Identity's own messages (too short, e-mail taken, wrong current password) in the person's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["Password.TooShort", length]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["Password.Mismatch"]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["Account.EmailTaken"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["Account.EmailTaken"]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["Validation.Email"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["Validation.Email"]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), text["Account.Failed"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
