using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// Refuses passwords that are long enough but guessed first (NIST SP 800-63B, 5.1.1.2): the 10,000 most common
/// passwords (zxcvbn's list, MIT), the same with digits or symbols stuck on the end, the e-mail's name part,
/// and one character repeated. Length is checked by Identity's own options.
/// </summary>
internal sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> text) : IPasswordValidator<MesUser>
{
    public const string CommonCode = "PasswordCommon";
    public const string ContainsEmailCode = "PasswordContainsEmail";
    public const string RepeatedCode = "PasswordRepeated";

    private static readonly Lazy<HashSet<string>> _common = new(LoadCommonPasswords);

    public Task<IdentityResult> ValidateAsync(UserManager<MesUser> manager, MesUser user, string? password) =>
        Task.FromResult(Check(user.Email, password) switch
        {
            null => IdentityResult.Success,
            var code => IdentityResult.Failed(new IdentityError { Code = code, Description = text[$"Password.{code}"] }),
        });

    /// <summary>The code of the first rule <paramref name="password"/> breaks, or null when it is fine.</summary>
    public static string? Check(string? email, string? password)
    {
        var value = (password ?? string.Empty).Trim().ToLowerInvariant();
        if (value.Length == 0)
        {
            return null;
        }

        if (value.Distinct().Count() == 1)
        {
            return RepeatedCode;
        }

        var localPart = email?.Split('@')[0].Trim().ToLowerInvariant();
        if (localPart is { Length: >= 3 } && value.Contains(localPart, StringComparison.Ordinal))
        {
            return ContainsEmailCode;
        }

        // "password2024!" and "qwerty123456" are the list's words with the usual endings.
        var core = value.TrimEnd("0123456789!@#$%^&*()-_=+.,?~ ".ToCharArray());
        var noSpaces = value.Replace(" ", string.Empty, StringComparison.Ordinal);
        return _common.Value.Contains(value) || _common.Value.Contains(noSpaces) || (core.Length >= 4 && _common.Value.Contains(core))
            ? CommonCode
            : null;
    }

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Workshop.Mes.Web.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
