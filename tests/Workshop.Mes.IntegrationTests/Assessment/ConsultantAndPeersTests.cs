using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Assessment;
using Workshop.Mes.Web.Features.Assessment.Consultant;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// A consultant sees exactly the workshops that granted them access, and nothing of another workshop — peer figures
/// included: those come only from anonymised groups of at least ten workshops (§10), narrowest group first.
/// </summary>
public sealed class ConsultantAndPeersTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private const string Cluster = "창신동 봉제";

    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_consultant_sees_only_the_workshops_that_granted_access()
    {
        var granted = await TestWorkshop.CreateAsync(database, "granted-shop", "허락한 공방");
        var other = await TestWorkshop.CreateAsync(database, "other-shop", "다른 공방");
        await TestCredentials.UserAsync(database, "consultant@test.example", (granted.Tenant.Id, WorkshopRole.Consultant));
        var consultant = await _app.SignedInClientAsync("consultant@test.example");
        await WeeklyEvaluationJob.RunOnceAsync(_app.Services, null, CancellationToken.None);

        var workshops = (await consultant.GetFromJsonAsync<List<PortfolioWorkshop>>("/api/v1/consultant/workshops", ApiJson.Options))!;
        using var report = new HttpRequestMessage(HttpMethod.Get, "/api/v1/assessment/report");
        report.Headers.Add("X-Workshop", other.Tenant.Slug);
        var otherReport = await consultant.SendAsync(report);

        workshops.ShouldHaveSingleItem().Slug.ShouldBe("granted-shop");
        workshops[0].Trend.Count.ShouldBe(CatalogueFile.Stage.Scoring.HighStabilityWeeks);
        otherReport.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_comparison_leaves_out_a_workshop_the_consultant_was_not_granted()
    {
        var first = await TestWorkshop.CreateAsync(database, "first-shop", "첫째 공방");
        var second = await TestWorkshop.CreateAsync(database, "second-shop", "둘째 공방");
        var stranger = await TestWorkshop.CreateAsync(database, "stranger-shop", "모르는 공방");
        var user = await TestCredentials.UserAsync(database, "two@test.example", (first.Tenant.Id, WorkshopRole.Consultant), (second.Tenant.Id, WorkshopRole.Consultant));
        var principal = await PrincipalAsync(user.Id);

        await using var scope = _app.Services.CreateAsyncScope();
        var compared = await scope.ServiceProvider.GetRequiredService<ConsultantPortfolio>()
            .CompareAsync(principal, ["first-shop", "second-shop", stranger.Tenant.Slug], CancellationToken.None);

        compared.Select(c => c.Workshop.Slug).ShouldBe(["first-shop", "second-shop"], ignoreOrder: true);
    }

    [Fact]
    public async Task Peer_figures_appear_only_for_groups_of_ten_and_roll_up_when_the_cell_is_smaller()
    {
        var shops = new List<TestWorkshop>();
        for (var i = 0; i < 10; i++)
        {
            var shop = await TestWorkshop.CreateAsync(database, $"peer-{i}", $"봉제 공방 {i}");
            await ProfileAndHistoryAsync(shop.Tenant.Id, i == 9 ? "다른 동네" : Cluster, 0.3 + (0.05 * i));
            shops.Add(shop);
        }

        await using var scope = _app.Services.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<PeerBenchmarks>().ComputeAsync(CancellationToken.None);
        var owner = await _app.MemberClientAsync(shops[0].Tenant.Id, WorkshopRole.Owner);
        var report = (await owner.GetFromJsonAsync<StageReportDocument>("/api/v1/assessment/report", ApiJson.Options))!;

        // Nine share the cluster: too few for the cell, so the industry-and-size group of ten is shown, said to be a fallback.
        published.ShouldBe(3);
        report.Peers.ShouldNotBeNull();
        report.Peers.Cell.ShouldBe("C14|Small");
        report.Peers.Count.ShouldBe(10);
        report.Peers.Fallback.ShouldBeTrue();
        report.Peers.StagePercentile.ShouldNotBeNull();
        report.Dimensions.ShouldAllBe(d => d.PeerMedian != null && d.PeerP90 != null);
    }

    [Fact]
    public async Task Nine_workshops_publish_no_peer_figures_at_all()
    {
        var shops = new List<TestWorkshop>();
        for (var i = 0; i < 9; i++)
        {
            var shop = await TestWorkshop.CreateAsync(database, $"few-{i}", $"작은 공방 {i}");
            await ProfileAndHistoryAsync(shop.Tenant.Id, Cluster, 0.5);
            shops.Add(shop);
        }

        await using var scope = _app.Services.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<PeerBenchmarks>().ComputeAsync(CancellationToken.None);
        var owner = await _app.MemberClientAsync(shops[0].Tenant.Id, WorkshopRole.Owner);
        var report = (await owner.GetFromJsonAsync<StageReportDocument>("/api/v1/assessment/report", ApiJson.Options))!;

        published.ShouldBe(0);
        report.Peers.ShouldBeNull();
        report.Dimensions.ShouldAllBe(d => d.PeerMedian == null);
    }

    private async Task ProfileAndHistoryAsync(Guid workshopId, string cluster, double level)
    {
        var catalogue = CatalogueFile.Stage;
        var inputs = catalogue.Indicators.Select(i => new IndicatorInput(i.Id, level, null, null)).ToList();
        await using var db = database.CreateContext();
        var profile = new WorkshopProfile(workshopId);
        profile.Update("C14", 6, 40, cluster, null, true, true, true, TestWorkshop.Now);
        db.WorkshopProfiles.Add(profile);
        var monday = new DateOnly(2026, 11, 2);
        for (var week = 0; week < 12; week++)
        {
            db.StageEvaluations.Add(new StageEvaluationRecord(workshopId, EvaluationKind.Weekly, monday.AddDays(-7 * week), TestWorkshop.Now, StageEvaluation.Evaluate(catalogue, inputs, [])));
        }

        await db.SaveChangesAsync();
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(Guid userId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<Workshop.Mes.Infrastructure.Identity.MesUser>>();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Workshop.Mes.Infrastructure.Identity.MesUser>>();
        return await factory.CreateAsync((await users.FindByIdAsync(userId.ToString()))!);
    }
}
