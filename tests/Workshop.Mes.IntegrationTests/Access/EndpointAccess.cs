using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Access;

/// <summary>How an endpoint is reached.</summary>
public enum EndpointAccess
{
    /// <summary>Someone acting in a workshop (person, API key or worker on a tablet), checked against the role matrix.</summary>
    Member,

    /// <summary>An enrolled tablet, before or without a worker signed in.</summary>
    Tablet,

    /// <summary>Anyone: sign-in, set-up, pairing redemption, invitation acceptance.</summary>
    Anonymous,
}

/// <summary>
/// One API endpoint in the access matrix: its method and route pattern as mapped, who may reach it, and how
/// to build a request for it against the workshop <see cref="AccessArrangement.Ours"/> (arranging any rows
/// its path or body needs). Every endpoint under <c>/api/v1</c> must have exactly one case, or the matrix fails.
/// </summary>
public sealed record EndpointCase(string Method, string Pattern, EndpointAccess Access, Area Area = default, Operation Operation = default)
{
    public required Func<AccessArrangement, Task<HttpRequestMessage>> Request { get; init; }

    /// <summary>Where the area's permission is not enough: only these roles act (the owner answers, a consultant verifies).</summary>
    public IReadOnlySet<WorkshopRole>? OnlyRoles { get; init; }

    /// <summary>Whether <paramref name="role"/> may call the endpoint: the permission table, narrowed by <see cref="OnlyRoles"/>.</summary>
    public bool Allows(WorkshopRole role) => Permissions.Allows(role, Area, Operation) && (OnlyRoles?.Contains(role) ?? true);

    /// <summary>Whether a successful call changes data (then the other-workshop check also proves nothing changed).</summary>
    public bool Writes => Method is not "GET";

    public override string ToString() => $"{Method} {Pattern}";
}

/// <summary>The cases of one module; the matrix finds every implementation in this assembly.</summary>
public interface IEndpointAccessCases
{
    IEnumerable<EndpointCase> Cases { get; }
}

/// <summary>What a case builds its request against: our workshop, already saved, and the database to arrange more in.</summary>
public sealed record AccessArrangement(MesDatabase Database, TestWorkshop Ours);
