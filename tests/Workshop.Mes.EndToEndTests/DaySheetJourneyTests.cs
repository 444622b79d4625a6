using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The owner of a shop still on paper types yesterday's day sheet for one order of six steps in one go, and counts
/// what it took: about 55 clicks and fills through the progress dialog before the day sheet, a dozen now, on a desk
/// or on a phone, where each line of the sheet is a card of labelled boxes.
/// </summary>
public sealed class DaySheetJourneyTests(RunningApp app)
{
    /// <summary>
    /// Measured: 1 to open the sheet (on a phone 1 more: the menu), 1 for its date, 3 for the first line, 1 (the end
    /// time) for each of the five others, 2 for a scrap with its defect, 1 to save.
    /// </summary>
    private const int MostInteractions = 13;

    [Theory]
    [InlineData(ScreenSize.Desktop)]
    [InlineData(ScreenSize.Phone)]
    public async Task Six_steps_of_one_order_are_entered_from_a_paper_day_sheet_in_a_dozen_interactions(ScreenSize screen)
    {
        var product = $"E2E-DS-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        string[] operations = ["재단", "오버록", "봉제", "단추", "다림질", "검사"];
        string number;
        string detail;

        // Arranged at the desk: an apron of six steps and its released order of ten.
        await using (var desk = await app.NewSignedInContextAsync())
        {
            var arranging = await desk.NewPageAsync();
            var catalog = new CatalogScreens(arranging);
            await catalog.CreateItemAsync(product, "면 앞치마", "제품", "ea", 9000);
            await catalog.OpenItemAsync(product);
            await catalog.OpenRoutingTabAsync();
            foreach (var operation in operations)
            {
                await catalog.AddRoutingStepAsync(operation, 5, 1);
            }

            var arranged = new WorkOrderScreens(arranging);
            number = await arranged.CreateAsync(product, 10, DateOnly.FromDateTime(DateTime.Today.AddDays(7)));
            await arranged.ReleaseAsync(expectShortage: false);
            detail = new Uri(arranging.Url).PathAndQuery;
        }

        await using var browser = await app.NewSignedInContextAsync(screen);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/work-orders");
        var workOrders = new WorkOrderScreens(page);

        // Yesterday's sheet, on the workshop's clock: 재단 08:00-09:00, then each step an hour after the one before;
        // 봉제 scrapped 2 with a defect, so the steps after it make 8.
        var sheet = new DaySheetScreens(page);
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")).Date).AddDays(-1);
        await sheet.OpenFromNavigationAsync(screen);
        await sheet.DateAsync(yesterday);
        await sheet.TypeAsync(1, "sheet-order", number);
        await sheet.TypeAsync(1, "sheet-start", "08:00");
        await sheet.TypeAsync(1, "sheet-end", "09:00");
        for (var row = 2; row <= 6; row++)
        {
            await sheet.TypeAsync(row, "sheet-end", $"{8 + row:00}:00");
            if (row == 3)
            {
                await sheet.TypeAsync(row, "sheet-scrap", "2");
                await sheet.FirstDefectAsync(row);
            }
        }

        await Expect(sheet.Box(6, "sheet-start")).ToHaveValueAsync("13:00");
        await Expect(sheet.Box(6, "sheet-good")).ToHaveAttributeAsync("placeholder", "8");
        await sheet.SaveAsync();

        await Expect(sheet.Summary).ToHaveTextAsync("6줄 저장했고, 0줄은 고칠 곳이 있습니다.");
        for (var row = 1; row <= 6; row++)
        {
            await Expect(sheet.Result(row)).ToContainTextAsync("저장됨");
        }

        var most = MostInteractions + (screen == ScreenSize.Phone ? 1 : 0);
        sheet.Interactions.ShouldBeLessThanOrEqualTo(most, $"entering the sheet took {sheet.Interactions} interactions on a {screen}");

        // Saving again sends nothing twice.
        await sheet.SaveAsync();
        await Expect(sheet.Summary).ToHaveTextAsync("저장할 줄이 없습니다. 먼저 한 줄을 적어 주세요.");

        await page.GotoAsync(detail);
        var steps = page.GetByTestId("steps").Locator("tr.step-row");
        await Expect(steps).ToHaveCountAsync(6);
        decimal[] good = [10, 10, 8, 8, 8, 8];
        for (var i = 0; i < 6; i++)
        {
            await Expect(steps.Nth(i)).ToContainTextAsync(operations[i]);
            await Expect(steps.Nth(i).Locator("td").Nth(4)).ToHaveTextAsync("완료");
            await Expect(steps.Nth(i).Locator("td").Nth(5)).ToHaveTextAsync(good[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Expect(steps.Nth(2).Locator("td").Nth(6)).ToHaveTextAsync("2");
        var timeline = await workOrders.TimelineTextAsync();
        timeline.ShouldContain($"{yesterday:yyyy-MM-dd} 08:00");
    }
}
