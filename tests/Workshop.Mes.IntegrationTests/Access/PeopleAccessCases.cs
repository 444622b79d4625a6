using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class PeopleAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "/api/v1/members/", EndpointAccess.Member, Area.People, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/members")),
        },
        new("PATCH", "/api/v1/members/{id:guid}", EndpointAccess.Member, Area.People, Operation.Change)
        {
            Request = async arrange => new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/members/{await ManagerMembershipAsync(arrange)}")
            {
                Content = JsonContent.Create(new { role = "Consultant" }),
            },
        },
        new("DELETE", "/api/v1/members/{id:guid}", EndpointAccess.Member, Area.People, Operation.Delete)
        {
            Request = async arrange => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/members/{await ManagerMembershipAsync(arrange)}"),
        },
        new("GET", "/api/v1/invitations/", EndpointAccess.Member, Area.People, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/invitations")),
        },
        new("POST", "/api/v1/invitations/", EndpointAccess.Member, Area.People, Operation.Create)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/invitations")
            {
                Content = JsonContent.Create(new { role = "Worker", displayName = "박철수" }),
            }),
        },
        new("DELETE", "/api/v1/invitations/{id:guid}", EndpointAccess.Member, Area.People, Operation.Delete)
        {
            Request = async arrange => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/invitations/{await InvitationAsync(arrange)}"),
        },
    ];

    private const string ManagerEmail = "arranged.manager@test.example";

    /// <summary>
    /// A manager of our workshop, so removing or demoting them never touches the last owner. Made once per test:
    /// the matrix builds a request more than once and must see our data unchanged in between.
    /// </summary>
    private static async Task<Guid> ManagerMembershipAsync(AccessArrangement arrange)
    {
        await using (var existing = arrange.Database.CreateContext())
        {
            var id = await existing.Memberships.Where(m => existing.Users.Any(u => u.Id == m.UserId && u.Email == ManagerEmail)).Select(m => (Guid?)m.Id).SingleOrDefaultAsync();
            if (id is { } found)
            {
                return found;
            }
        }

        var user = await TestCredentials.UserAsync(arrange.Database, ManagerEmail, (arrange.Ours.Tenant.Id, WorkshopRole.Manager));
        await using var db = arrange.Database.CreateContext();
        return await db.Memberships.Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync();
    }

    private static async Task<Guid> InvitationAsync(AccessArrangement arrange)
    {
        await using (var existing = arrange.Database.CreateContext())
        {
            var id = await existing.Invitations.Where(i => i.Email == "invited@test.example").Select(i => (Guid?)i.Id).SingleOrDefaultAsync();
            if (id is { } found)
            {
                return found;
            }
        }

        var invitation = new Invitation(arrange.Ours.Tenant.Id, WorkshopRole.Manager, "invited@test.example", "invited", "tests", DateTimeOffset.UtcNow);
        invitation.IssueToken();
        await using var db = arrange.Database.CreateContext();
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return invitation.Id;
    }
}
