using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Assessment;

namespace Workshop.Mes.ComponentTests.Assessment;

/// <summary>The result page: the headline stage, what blocks the next stage in plain words, the roadmap and the answers counted as grade C.</summary>
public sealed class AssessmentPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;

    public AssessmentPageTests(MesDatabase database)
    {
        _database = database;
        _context = AssessmentScreens.Create(database);
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task A_workshop_with_nothing_yet_sees_its_stage_one_musts_block_it_with_what_to_do_now()
    {
        var workshop = await TestWorkshop.CreateAsync(_database);
        var owner = AssessmentScreens.Member(workshop, WorkshopRole.Owner);
        var report = await _context.Services.GetRequiredService<StageReports>().CurrentAsync(owner, CancellationToken.None);
        var goals = CatalogueFile.Stage.Indicator("S1-SL-01");

        var page = AssessmentScreens.Render<AssessmentPage>(_context, owner);

        page.WaitForAssertion(() => page.Find("[data-testid=stage-figure]").TextContent.ShouldBe($"1단계 전 ({report.Result.Placement.Fractional:0.00})"));
        page.Find("[data-testid=stage-blocking-intro]").TextContent.ShouldBe("1단계로 가려면 아래 지표를 먼저 채워야 합니다.");
        var blocking = page.FindAll("[data-testid=stage-blocking]").Select(b => b.TextContent).ToList();
        blocking.Count.ShouldBe(report.Result.Placement.Blocking.Count);
        // No goals are set: S1-SL-01 blocks stage 1 whatever else the records measure.
        var noGoals = blocking.Single(b => b.Contains("S1-SL-01"));
        noGoals.ShouldContain(goals.Question.Ko);
        noGoals.ShouldContain("이렇게 하면 풀립니다: " + goals.Roadmap.Action.Ko);
        noGoals.ShouldContain("완료 기준: ");
        page.Find("[data-testid=stage-confidence]").TextContent.ShouldStartWith("신뢰도 ");
        page.FindAll("[data-testid=roadmap-Now]").Select(i => i.TextContent).ShouldContain(t => t.Contains(goals.Roadmap.Action.Ko) && t.Contains("완료 기준:"));
        page.Find("[data-testid=gate-1]").GetAttribute("data-attained").ShouldBe("false");
        page.Find("[data-testid=gate-1]").TextContent.ShouldContain("필수 지표가 L 미만: S1-SL-01");
    }

    [Fact]
    public async Task An_answer_nothing_measures_counts_as_grade_c_capped_at_l_and_the_headline_follows_the_report()
    {
        var workshop = await TestWorkshop.CreateAsync(_database);
        var owner = AssessmentScreens.Member(workshop, WorkshopRole.Owner);
        var workspace = _context.Services.GetRequiredService<AssessmentWorkspace>();
        foreach (var indicator in CatalogueFile.Stage.OfStage(1))
        {
            await workspace.SaveAnswerAsync(owner, indicator.Id, new(4), CancellationToken.None);
        }

        await WeeksHeldAsync(workshop, 8);
        var placement = (await _context.Services.GetRequiredService<StageReports>().CurrentAsync(owner, CancellationToken.None)).Result.Placement;

        var page = AssessmentScreens.Render<AssessmentPage>(_context, owner);

        var headline = placement.Gated > 0 ? $"{placement.Gated}단계 ({placement.Fractional:0.00})" : $"1단계 전 ({placement.Fractional:0.00})";
        page.WaitForAssertion(() => page.Find("[data-testid=stage-figure]").TextContent.ShouldBe(headline));
        page.Find("[data-testid=indicator-S1-SL-03] [data-testid=indicator-grade]").TextContent.ShouldBe("C");
        page.Find("[data-testid=indicator-S1-SL-03] [data-testid=indicator-self]").TextContent.ShouldBe("완전히·매일");
        page.Find("[data-testid=indicator-S1-SL-03] [data-testid=indicator-band]").TextContent.ShouldBe("L");
        page.Find("[data-testid=gate-2]").GetAttribute("data-attained").ShouldBe("false", "self-claims alone never pass a gate from stage 2 up");
    }

    [Fact]
    public async Task The_dashboard_card_shows_the_stage_the_index_and_the_first_thing_to_do_now()
    {
        var workshop = await TestWorkshop.CreateAsync(_database);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("ko");

        var card = _context.Render<AssessmentSummaryCard>(parameters => parameters.Add(c => c.Member, AssessmentScreens.Member(workshop, WorkshopRole.Owner)));

        card.WaitForAssertion(() => card.Find("[data-testid=assessment-card-stage]").TextContent.Trim().ShouldBe("1단계 전 (0.00)"));
        card.Markup.ShouldContain("디지털 지수 0");
        card.Find("[data-testid=assessment-card-now]").TextContent.ShouldStartWith("지금 할 일: ");
        card.Find("[data-testid=assessment-card-open]").GetAttribute("href").ShouldBe("/assessment");
    }

    /// <summary>Weekly evaluations in which stage 1 was met, as the weekly job would have kept them.</summary>
    private async Task WeeksHeldAsync(TestWorkshop workshop, int weeks)
    {
        var catalogue = CatalogueFile.Stage;
        var met = StageEvaluation.Evaluate(catalogue, catalogue.Indicators.Select(i => new IndicatorInput(i.Id, i.Stage == 1 ? 1.0 : 0.0, null, null)).ToList(), []);
        var monday = DateOnly.FromDateTime(TestWorkshop.Now.Date).AddDays(-(int)TestWorkshop.Now.DayOfWeek + 1);
        await using var db = _database.CreateContext();
        for (var week = 1; week <= weeks; week++)
        {
            db.StageEvaluations.Add(new StageEvaluationRecord(workshop.Tenant.Id, EvaluationKind.Weekly, monday.AddDays(-7 * week), TestWorkshop.Now.AddDays(-7 * week).ToUniversalTime(), met));
        }

        await db.SaveChangesAsync();
    }
}
