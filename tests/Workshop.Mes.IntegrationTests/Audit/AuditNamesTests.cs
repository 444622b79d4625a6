using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Audit;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.IntegrationTests.Audit;

/// <summary>The trail names records as people know them: a member by the person's name, an order by its number.</summary>
public sealed class AuditNamesTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly DateTimeOffset _now = new(2026, 11, 10, 1, 0, 0, TimeSpan.Zero);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_removed_member_is_named_by_the_person_and_an_updated_order_by_its_number()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var user = await TestCredentials.UserAsync(database, "kim.ceo@test", (shop.Tenant.Id, WorkshopRole.Manager));
        await using (var db = database.CreateContext())
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id, TestContext.Current.CancellationToken);
            stored.DisplayName = "김대표";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var actor = new AuditActor(ActorKind.User, Guid.CreateVersion7(), "김사장");
        var membership = Guid.CreateVersion7();
        var order = Guid.CreateVersion7();
        await shop.SaveAsync(
            database,
            new AuditEntry(shop.Tenant.Id, actor, "Membership", membership, AuditAction.Deleted, $$"""{"id":"{{membership}}","role":"Manager","userId":"{{user.Id}}"}""", null, _now),
            new AuditEntry(shop.Tenant.Id, actor, "WorkOrder", order, AuditAction.Created, null, $$"""{"id":"{{order}}","number":"WO-2611-0001","quantity":10}""", _now.AddHours(-2)),
            new AuditEntry(shop.Tenant.Id, actor, "WorkOrder", order, AuditAction.Updated, """{"status":"Draft"}""", """{"status":"Released"}""", _now.AddHours(-1)));

        var page = await new AuditTrailService(database.Contexts).ListForGridAsync(Owner(shop), new AuditFilter(), 0, 25, TestContext.Current.CancellationToken);

        page.Items.Single(i => i.EntityType == "Membership").EntityName.ShouldBe("김대표");
        page.Items.Where(i => i.EntityType == "WorkOrder").Select(i => i.EntityName).ShouldBe(["WO-2611-0001", "WO-2611-0001"]);
    }

    [Fact]
    public void A_person_acts_under_the_name_they_go_by_not_their_e_mail()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.CreateVersion7().ToString()), new Claim(ClaimTypes.Name, "kim.ceo@test"), new Claim(MesClaims.DisplayName, "김대표")],
            "test"));

        principal.Actor("192.0.2.7").Name.ShouldBe("김대표");
    }

    private static WorkshopMember Owner(TestWorkshop shop) =>
        new(
            new WorkshopRef(shop.Tenant.Id, shop.Tenant.Slug, shop.Tenant.Name, shop.Tenant.TimeZone),
            WorkshopRole.Owner,
            new AuditActor(ActorKind.User, Guid.CreateVersion7(), "김사장"));
}
