using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The owner opens 단계 진단, answers the seven stage-1 questions with one tap each, and sees the result page show each
/// answer and count it as grade C (the owner's word only, capped at L) where nothing else rates the indicator: on a desk
/// and on a phone. Before this there was no assessment at all.
/// </summary>
public sealed class AssessmentJourneyTests(RunningApp app)
{
    /// <summary>Measured: 1 to open 단계 진단 (on a phone 1 more: the menu), 1 for 자가진단, 1 per question, 1 back to the result.</summary>
    private const int MostInteractions = 10;

    private static readonly string[] _stageOne = ["S1-SL-01", "S1-SL-02", "S1-SL-03", "S1-PC-01", "S1-PC-02", "S1-OI-01", "S1-IS-01"];

    [Theory]
    [InlineData(ScreenSize.Desktop)]
    [InlineData(ScreenSize.Phone)]
    public async Task The_owner_answers_stage_one_in_one_tap_a_question_and_sees_the_answers_counted(ScreenSize screen)
    {
        await using var browser = await app.NewSignedInContextAsync(screen);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/work-orders");
        var assessment = new AssessmentScreens(page);

        await assessment.OpenFromNavigationAsync(screen);
        await assessment.OpenSelfAssessmentAsync();
        foreach (var id in _stageOne)
        {
            await assessment.AnswerAsync(id, 4);
        }

        await Expect(assessment.Progress(1)).ToHaveTextAsync("7개 중 7개 답함");
        await assessment.OpenResultAsync();

        // Every answer shows beside its indicator. Where neither the records nor a consultant rate one (S1-SL-03,
        // funding, is never measured), the owner's "fully" counts as grade C, capped at L.
        foreach (var id in _stageOne)
        {
            await Expect(assessment.Indicator(id, "indicator-self")).ToHaveTextAsync("완전히·매일");
            if (await assessment.Indicator(id, "indicator-grade").TextContentAsync() == "C")
            {
                await Expect(assessment.Indicator(id, "indicator-band")).ToHaveTextAsync("L");
            }
        }

        await Expect(page.GetByTestId("stage-figure")).ToContainTextAsync("단계");

        var most = MostInteractions + (screen == ScreenSize.Phone ? 1 : 0);
        assessment.Interactions.ShouldBeLessThanOrEqualTo(most, $"answering stage 1 took {assessment.Interactions} interactions on a {screen}");
    }
}
