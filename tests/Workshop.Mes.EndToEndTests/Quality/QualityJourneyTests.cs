using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests.Quality;

/// <summary>The owner works the costliest open defect: from the dashboard's Pareto to the list sorted by cost, through analysis, to closing it with an action.</summary>
public sealed class QualityJourneyTests(RunningApp app)
{
    /// <summary>True once the grid shows more than one row and their costs run from highest to lowest.</summary>
    private const string SortedByCost = """
        () => {
            const won = [...document.querySelectorAll('[data-testid=defect-cost]')].map(e => Number(e.textContent.replace(/[^0-9]/g, '')));
            return won.length > 1 && won.every((value, i) => i === 0 || won[i - 1] >= value);
        }
        """;

    [Fact]
    public async Task The_owner_opens_the_costliest_defect_from_the_pareto_analyses_and_closes_it_and_finds_it_closed_on_the_list()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        // The Pareto's first bar is the costliest defect code; it opens the defect list on that code, costliest first.
        var costliestCode = page.GetByTestId("pareto-link").First;
        var code = (await costliestCode.InnerTextAsync()).Trim();
        await costliestCode.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1, Name = "불량 관리" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("defectCodeId=[0-9a-f-]{36}"));
        await Expect(page).ToHaveURLAsync(new Regex("sort=-cost"));

        // The filter goes into the address, so this view could be bookmarked.
        await ChooseAsync(page, page.GetByTestId("defect-status-filter"), "열림");
        await Expect(page).ToHaveURLAsync(new Regex("status=Open"));
        var rows = page.GetByTestId("defects").Locator("tbody tr");
        await Expect(page.GetByTestId("defects").Locator("[data-testid=defect-status]:not([data-status=Open])")).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync(SortedByCost);
        (await rows.AllInnerTextsAsync()).ShouldAllBe(text => text.Contains(code.Split(' ')[0]), $"every row is of the Pareto's costliest code {code}");
        var costs = (await page.GetByTestId("defect-cost").AllInnerTextsAsync()).Select(Won).ToList();
        costs.ShouldBe(costs.OrderByDescending(c => c).ToList(), "the list is sorted by cost, highest first");
        var number = (await rows.First.GetByTestId("defect-link").InnerTextAsync()).Trim();
        var recordedOn = Regex.Match(await rows.First.InnerTextAsync(), @"\d{4}-\d{2}-\d{2}").Value;

        await rows.First.GetByTestId("defect-link").ClickAsync();
        await Expect(page.GetByTestId("defect-number")).ToHaveTextAsync(number);
        await Expect(page.GetByTestId("defect-cost-total")).ToHaveTextAsync(costs[0].ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + "원");

        await page.Locator("[data-testid=analysis-root-cause] textarea, textarea[data-testid=analysis-root-cause]").First.FillAsync("오후 시간대 윗실 장력 풀림 — 장력 조절기 스프링 마모");
        await ChooseAsync(page, page.GetByTestId("analysis-cause"), "설비");
        await page.GetByTestId("analysis-submit").ClickAsync();
        await Expect(page.GetByTestId("defect-status").First).ToHaveAttributeAsync("data-status", "Analysed");
        await Expect(page.GetByTestId("defect-analysis")).ToContainTextAsync("장력 조절기 스프링 마모");

        await page.Locator("[data-testid=closure-action] textarea, textarea[data-testid=closure-action]").First.FillAsync("장력 조절기 스프링 교체, 매일 오후 2시 장력 점검");
        await ChooseAsync(page, page.GetByTestId("closure-owner"), null);
        await page.GetByTestId("closure-submit").ClickAsync();
        await Expect(page.GetByTestId("defect-status").First).ToHaveAttributeAsync("data-status", "Closed");
        await Expect(page.GetByTestId("defect-closure")).ToContainTextAsync("매일 오후 2시 장력 점검");
        await Expect(page.GetByTestId("comparison-verdict")).ToBeVisibleAsync();

        await page.GotoAsync($"/quality/defects?status=Closed&from={recordedOn}&to={recordedOn}&sort=-cost");
        var row = page.GetByTestId("defects").Locator("tbody tr").Filter(new LocatorFilterOptions { HasText = number });
        await Expect(row.GetByTestId("defect-status")).ToHaveAttributeAsync("data-status", "Closed");
        await Expect(row.GetByTestId("defect-status")).ToHaveTextAsync("종결");
    }

    private static decimal Won(string text) => decimal.Parse(Regex.Replace(text, "[^0-9]", string.Empty), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Opens a MudSelect and picks the option with the text, or the first option.</summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string? option)
    {
        await select.ClickAsync();
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await (option is null ? options.First : options.Filter(new LocatorFilterOptions { HasText = option }).First).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
