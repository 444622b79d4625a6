using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The owner makes a blouse order from the office: create, release past a shortage, record, complete, print.</summary>
public sealed class WorkOrderJourneyTests(RunningApp app)
{
    [Fact]
    public async Task A_work_order_goes_from_creation_to_completion_with_its_traveller()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var screens = new WorkOrderScreens(await browser.NewPageAsync());

        // 100 000 blouses need more fabric than any workshop holds, so the release dialog warns.
        var number = await screens.CreateAsync("BL-01", 100_000, DateOnly.FromDateTime(DateTime.Today.AddDays(21)));
        await screens.ReleaseAsync(expectShortage: true);
        var detailUrl = screens.Page.Url;

        // Three weeks cannot sew 100 000 blouses: expected late, with the station and the hours short, and not overdue.
        await Expect(screens.Page.GetByTestId("expected-late")).ToHaveTextAsync("납기 초과 예상");
        await Expect(screens.Page.GetByTestId("late-reason")).ToContainTextAsync("시간 부족");
        await Expect(screens.Page.GetByTestId("overdue")).ToHaveCountAsync(0);

        // The list's filter lives in the address (a dashboard tile links there) and its chips count what they would show.
        var list = new WorkOrdersScreen(screens.Page);
        await screens.Page.GotoAsync($"/work-orders?late=expected&search={number}");
        await Expect(list.Rows).ToHaveCountAsync(1);
        await Expect(list.Rows.First.GetByTestId("expected-late")).ToHaveTextAsync("납기 초과 예상");
        await Expect(screens.Page.GetByTestId("filter-expected-late")).ToHaveTextAsync("위험 1");
        await Expect(screens.Page.GetByTestId("filter-overdue")).ToHaveTextAsync("지연 0");
        await screens.Page.GetByTestId("filter-overdue").ClickAsync();
        await Expect(screens.Page).ToHaveURLAsync(new Regex("late=overdue"));
        await Expect(list.Rows).ToHaveCountAsync(0);
        await screens.Page.GotoAsync(detailUrl);
        await Expect(screens.Page.GetByTestId("steps").Locator("tr.step-row").First).ToBeVisibleAsync();

        // The demo floor holds none of this order's components, so good output at the last step would be refused
        // by the backflush; steps are finished without output here (the full journey books a receipt first), and an
        // order with nothing good is closed short with a reason (ADR 0035). The first step is entered after the fact
        // from the paper sheet: it started yesterday at 08:30 on the workshop's clock.
        var yesterdayMorning = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")).Date.AddDays(-1).AddHours(8.5);
        await screens.RecordAllStepsAsync(good: 0, firstStartedAt: yesterdayMorning);
        await screens.CloseShortAsync("원단 입고가 늦어져 생산 중단");
        await screens.OpenTravellerAsync();
        await Expect(screens.TravellerNumber).ToHaveTextAsync(number);
        await Expect(screens.Page.Locator("[data-testid^='step-qr-']").First).ToBeVisibleAsync();

        await screens.Page.GotoAsync(detailUrl);
        var timeline = await screens.TimelineTextAsync();
        timeline.ShouldContain("작업지시 생성");
        timeline.ShouldContain("작업 지시");
        timeline.ShouldContain($"{yesterdayMorning:yyyy-MM-dd} 08:30");
        timeline.ShouldContain("공정 완료");
        timeline.ShouldContain("완료 처리");
    }
}
