using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Security;

/// <summary>A workshop's owner, signed in for real through the sign-in form.</summary>
internal static class OwnerSession
{
    public static async Task<HttpClient> ClientAsync(MesApp app, MesDatabase database, Guid workshopId, string email = "owner@test.example")
    {
        await TestCredentials.UserAsync(database, email, (workshopId, WorkshopRole.Owner));
        return await app.SignedInClientAsync(email);
    }
}
