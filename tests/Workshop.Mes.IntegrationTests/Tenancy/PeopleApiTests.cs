using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Tenancy;

public sealed class PeopleApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_owner_lists_members_and_invites_a_worker_with_a_one_time_link()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var owner = await _app.SignedInClientAsync("owner@test.example");

        var members = await owner.GetFromJsonAsync<JsonElement>("/api/v1/members");
        var invited = await owner.PostAsJsonAsync("/api/v1/invitations", new { role = "Worker", displayName = "박철수" });

        members.EnumerateArray().Select(m => m.GetProperty("email").GetString()).ShouldBe(["owner@test.example"]);
        invited.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await invited.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("link").GetString().ShouldStartWith("https://localhost/join/inv.");
        var pending = await owner.GetFromJsonAsync<JsonElement>("/api/v1/invitations");
        pending.EnumerateArray().Single().GetProperty("displayName").GetString().ShouldBe("박철수");
    }

    [Theory]
    [InlineData("""{"role":"Boss"}""", "role", "Choose Owner, Manager, Worker or Consultant.")]
    [InlineData("""{"role":"Manager","email":"nobody"}""", "email", "Enter an e-mail address like name@example.com.")]
    [InlineData("""{"role":"Worker"}""", "displayName", "Fill this in.")]
    public async Task Bad_invitations_answer_400_naming_the_field(string json, string field, string message)
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var response = await owner.PostAsync("/api/v1/invitations?culture=en", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(message);
    }

    [Fact]
    public async Task The_last_owner_can_be_neither_demoted_nor_removed()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var user = await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var owner = await _app.SignedInClientAsync("owner@test.example");
        var membership = await MembershipIdAsync(user.Id);

        var demoted = await owner.PatchAsJsonAsync($"/api/v1/members/{membership}?culture=en", new { role = "Manager" });
        var removed = await owner.DeleteAsync($"/api/v1/members/{membership}?culture=en");

        demoted.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await demoted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("membership.last_owner");
        removed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await removed.Content.ReadAsStringAsync()).ShouldContain("keeps at least one owner");
    }

    [Fact]
    public async Task The_owner_changes_a_role_and_removes_a_consultant_who_then_sees_nothing()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var consultant = await TestCredentials.UserAsync(database, "consultant@test.example", (shop.Tenant.Id, WorkshopRole.Manager));
        var owner = await _app.SignedInClientAsync("owner@test.example");
        var membership = await MembershipIdAsync(consultant.Id);
        var consultantClient = await _app.SignedInClientAsync("consultant@test.example");

        var changed = await owner.PatchAsJsonAsync($"/api/v1/members/{membership}", new { role = "Consultant" });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString().ShouldBe("Consultant");
        (await consultantClient.GetAsync("/api/v1/work-orders")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await owner.DeleteAsync($"/api/v1/members/{membership}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await consultantClient.GetAsync("/api/v1/work-orders")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_workshops_member_ids_answer_404()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var stranger = await TestCredentials.UserAsync(database, "stranger@test.example", (theirs.Tenant.Id, WorkshopRole.Manager));
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);

        var response = await owner.DeleteAsync($"/api/v1/members/{await MembershipIdAsync(stranger.Id)}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<Guid> MembershipIdAsync(Guid userId)
    {
        await using var db = database.CreateContext();
        return await db.Memberships.Where(m => m.UserId == userId).Select(m => m.Id).SingleAsync();
    }
}
