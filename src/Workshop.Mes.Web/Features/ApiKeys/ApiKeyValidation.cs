using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.ApiKeys;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Features.ApiKeys;

/// <summary>What a new API key must have; the API answers these as per-field 400s and the page's form shows them.</summary>
internal static class ApiKeyValidation
{
    public const int NameMaxLength = 100;

    /// <summary>The roles a key may have: never the owner, who can do everything including making keys.</summary>
    public static readonly WorkshopRole[] Roles = [WorkshopRole.Manager, WorkshopRole.Worker, WorkshopRole.Consultant];

    public static string? NameError(string? name, IStringLocalizer text) =>
        name is not null && TypedText.HasControlCharacters(name) ? text["Edges.ControlCharacters"].Value
        : TypedText.CleanOrNull(name) is not { } cleaned ? text["ApiKeys.NameRequired"].Value
        : cleaned.Length > NameMaxLength ? text["ApiKeys.NameTooLong", NameMaxLength].Value
        : null;

    public static string? RoleError(string? role, IStringLocalizer text) =>
        ParseRole(role) is null ? text["ApiKeys.RoleInvalid"].Value : null;

    /// <summary>The role named (any case), when a key may have it.</summary>
    public static WorkshopRole? ParseRole(string? role) =>
        Enum.TryParse<WorkshopRole>(role?.Trim(), ignoreCase: true, out var parsed) && Roles.Contains(parsed) && !int.TryParse(role, out _) ? parsed : null;

    /// <summary>Errors by field (<c>name</c>, <c>role</c>); empty when the request is good.</summary>
    public static Dictionary<string, string[]> Validate(CreateApiKeyRequest? request, IStringLocalizer text)
    {
        var errors = new Dictionary<string, string[]>();
        if (NameError(request?.Name, text) is { } name)
        {
            errors["name"] = [name];
        }

        if (RoleError(request?.Role, text) is { } role)
        {
            errors["role"] = [role];
        }

        return errors;
    }
}
