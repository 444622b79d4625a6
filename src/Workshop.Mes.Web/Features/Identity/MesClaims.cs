using System.Security.Claims;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// The claims our sign-in schemes put on a principal. People signed in with a password carry their user id
/// (workshop and role come from their memberships); API keys and tablets carry their one workshop and role.
/// </summary>
[ModuleSurface]
internal static class MesClaims
{
    public const string PlatformAdmin = "mes:platform_admin";
    public const string DisplayName = "mes:display_name";
    public const string Workshop = "mes:workshop";
    public const string Role = "mes:role";
    public const string ActorKind = "mes:actor";
    public const string Device = "mes:device";
    public const string Worker = "mes:worker";

    /// <summary>The id of a password sign-in's session (<see cref="AccountSessions"/>).</summary>
    public const string Session = "mes:session";

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ActorKind) is null && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string? SessionId(this ClaimsPrincipal principal) => principal.FindFirstValue(Session);

    public static bool IsPlatformAdmin(this ClaimsPrincipal principal) => principal.HasClaim(PlatformAdmin, "true");

    public static Guid? WorkshopId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Workshop), out var id) ? id : null;

    public static WorkshopRole? CredentialRole(this ClaimsPrincipal principal) =>
        Enum.TryParse<WorkshopRole>(principal.FindFirstValue(Role), out var role) ? role : null;

    public static Guid? DeviceId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Device), out var id) ? id : null;

    /// <summary>A principal for a credential bound to one workshop (API key, tablet, worker on a tablet).</summary>
    public static ClaimsPrincipal ForCredential(string scheme, ActorKind kind, Guid id, string name, Guid workshopId, WorkshopRole? role, Guid? deviceId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, id.ToString()),
            new(ClaimTypes.Name, name),
            new(ActorKind, kind.ToString()),
            new(Workshop, workshopId.ToString()),
        };
        if (role is { } r)
        {
            claims.Add(new Claim(Role, r.ToString()));
        }

        if (deviceId is { } device)
        {
            claims.Add(new Claim(Device, device.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>Who is acting, for the audit trail.</summary>
    public static AuditActor Actor(this ClaimsPrincipal principal, string? ipAddress)
    {
        // People are named as they call themselves (김대표) on the timeline and in the audit trail, not by their e-mail.
        var name = principal.FindFirstValue(DisplayName) ?? principal.FindFirstValue(ClaimTypes.Name) ?? principal.FindFirstValue(ClaimTypes.Email) ?? "?";
        Guid? id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : null;
        var kind = Enum.TryParse<ActorKind>(principal.FindFirstValue(ActorKind), out var k) ? k : Domain.Audit.ActorKind.User;
        return new AuditActor(kind, id, name, principal.DeviceId(), ipAddress);
    }
}
