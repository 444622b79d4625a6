using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.DemoData;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features;
using Workshop.Mes.Web.Features.Assessment;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// The demo garment workshop is placed on the ladder from its six months of records: stage 2, with the weekly look at
/// the dashboard and stock counts (the zipper that ran short unnoticed) blocking stage 3 — what its owner should do next.
/// The weekly evaluations are there from the first start, and the host command fills only what is missing.
/// </summary>
public sealed class DemoAssessmentTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_demo_garment_workshop_stands_at_stage_2_blocked_by_stock_counts_and_the_weekly_dashboard_review_and_the_command_adds_no_week_twice()
    {
        await using var app = new MesApp(database);
        await DatabaseHosting.SeedDemoDataAsync(app.Services, TestContext.Current.CancellationToken);

        await using var scope = app.Services.CreateAsyncScope();
        var member = await OwnerAsync(scope.ServiceProvider, DemoWorkshops.ChangsinGarment);
        var report = await scope.ServiceProvider.GetRequiredService<StageReports>().CurrentAsync(member, TestContext.Current.CancellationToken);

        report.Result.Placement.Gated.ShouldBe(2);
        report.Result.Placement.Fractional.ShouldBeInRange(2.4, 2.99);
        report.Result.Placement.Blocking.ShouldBe(["S3-OI-02", "S3-AD-01"], ignoreOrder: true);
        report.Roadmap[0].Indicator.Id.ShouldBeOneOf("S3-OI-02", "S3-AD-01");
        report.Roadmap[0].Horizon.ShouldBe(Horizon.Now);
        report.Result.ConfidenceLevel.ShouldBe(ConfidenceLevel.High);
        report.Line("S3-DC-01").Rating.Grade.ShouldBe(EvidenceGrade.A);
        report.Line("S3-DC-01").Rating.Band.ShouldBe(Band.F);
        report.Line("S3-OI-02").Measured.Sufficient.ShouldBeFalse("the demo records no stock count");
        report.History.Count.ShouldBe(CatalogueFile.Stage.Scoring.HighStabilityWeeks);

        // Seeding one demo costs seconds, so the host command is tried on the same one: it fills only missing weeks.
        using var output = new StringWriter();
        using var error = new StringWriter();

        var again = await EvaluateStagesCommand.RunAsync(app.Services, [EvaluateStagesCommand.Name], output, error, TestContext.Current.CancellationToken);
        var unknown = await EvaluateStagesCommand.RunAsync(app.Services, [EvaluateStagesCommand.Name, "--workshop", "no-such-shop"], output, error, TestContext.Current.CancellationToken);
        var stray = await EvaluateStagesCommand.RunAsync(app.Services, [EvaluateStagesCommand.Name, "--everything"], output, error, TestContext.Current.CancellationToken);

        again.ShouldBe(0);
        output.ToString().ShouldContain($"{DemoWorkshops.ChangsinGarment}: 0 weekly evaluations added.");
        unknown.ShouldBe(EvaluateStagesCommand.BadArguments);
        stray.ShouldBe(EvaluateStagesCommand.BadArguments);
        error.ToString().ShouldContain("no-such-shop");
        error.ToString().ShouldContain("Usage: evaluate-stages");
    }

    private static async Task<WorkshopMember> OwnerAsync(IServiceProvider services, string slug)
    {
        await using var platform = services.GetRequiredService<Workshop.Mes.Infrastructure.Database.MesContexts>().ForPlatform();
        var workshop = platform.Workshops.Single(w => w.Slug == slug);
        return new WorkshopMember(new WorkshopRef(workshop.Id, workshop.Slug, workshop.Name, workshop.TimeZone), WorkshopRole.Owner, new AuditActor(ActorKind.System, null, "test"));
    }
}
