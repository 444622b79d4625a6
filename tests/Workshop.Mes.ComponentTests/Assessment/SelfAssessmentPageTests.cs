using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Assessment;

namespace Workshop.Mes.ComponentTests.Assessment;

/// <summary>The owner's self-assessment: a tap saves the answer at once and the stage's progress counts it; others only read.</summary>
public sealed class SelfAssessmentPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;

    public SelfAssessmentPageTests(MesDatabase database)
    {
        _database = database;
        _context = AssessmentScreens.Create(database);
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task A_tap_saves_the_answer_says_so_quietly_and_the_stage_counts_it()
    {
        var workshop = await TestWorkshop.CreateAsync(_database);
        var page = AssessmentScreens.Render<SelfAssessmentPage>(_context, AssessmentScreens.Member(workshop, WorkshopRole.Owner));
        page.WaitForAssertion(() => page.Find("[data-testid=progress-1]").TextContent.ShouldBe("7개 중 0개 답함"));

        page.Find("[data-testid=question-S1-SL-01]").TextContent.ShouldContain("대표자가 디지털 도구로 달성하려는");
        await page.InvokeAsync(() => page.Find("[data-testid=answer-S1-SL-01-3]").Click());
        page.WaitForAssertion(() => page.Find("[data-testid=saved-S1-SL-01]").TextContent.ShouldBe("저장됨"));
        await page.InvokeAsync(() => page.Find("[data-testid=answer-S1-PC-02-4]").Click());

        page.WaitForAssertion(() => page.Find("[data-testid=progress-1]").TextContent.ShouldBe("7개 중 2개 답함"));
        page.Find("[data-testid=answer-S1-SL-01-3]").GetAttribute("aria-pressed").ShouldBe("true");
        page.Find("[data-testid=answer-S1-SL-01-4]").GetAttribute("aria-pressed").ShouldBe("false");
        page.Find("[data-testid=stage-tab-1]").TextContent.Trim().ShouldBe("1단계 (2/7)");
        await using var db = _database.CreateContext();
        var answers = await db.SelfAssessmentAnswers.IgnoreQueryFilters().Where(a => a.WorkshopId == workshop.Tenant.Id).OrderBy(a => a.IndicatorId).ToListAsync();
        answers.Select(a => (a.IndicatorId, a.Step)).ShouldBe([("S1-PC-02", 4), ("S1-SL-01", 3)]);
    }

    [Fact]
    public async Task A_consultant_reads_the_owners_answers_but_cannot_tap_them()
    {
        var workshop = await TestWorkshop.CreateAsync(_database);
        var owner = AssessmentScreens.Member(workshop, WorkshopRole.Owner);
        await _context.Services.GetRequiredService<AssessmentWorkspace>().SaveAnswerAsync(owner, "S1-SL-02", new(2), CancellationToken.None);

        var page = AssessmentScreens.Render<SelfAssessmentPage>(_context, AssessmentScreens.Member(workshop, WorkshopRole.Consultant));

        page.WaitForAssertion(() => page.Find("[data-testid=progress-1]").TextContent.ShouldBe("7개 중 1개 답함"));
        page.Markup.ShouldContain("답은 대표만 할 수 있습니다.");
        page.Find("[data-testid=answer-S1-SL-02-2]").GetAttribute("aria-pressed").ShouldBe("true");
        page.Find("[data-testid=answer-S1-SL-02-2]").HasAttribute("disabled").ShouldBeTrue();
    }
}
