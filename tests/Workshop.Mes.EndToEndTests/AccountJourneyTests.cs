using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The first admin on a fresh server, and an owner bringing a worker in with an invitation link.</summary>
public sealed partial class AccountJourneyTests(RunningApp app)
{
    [Fact]
    public async Task A_fresh_server_asks_for_its_admin_then_says_what_to_do_next_and_opens_the_demo_workshops_dashboard()
    {
        using var folder = new ScratchFolder("first-run");
        await using var fresh = AppProcess.Start(folder.Path, folder.Sub("data"));
        await fresh.WaitUntilReadyAsync(RunningApp.StartDeadline, TestContext.Current.CancellationToken);
        await using var browser = await app.NewBrowserContextAsync(fresh.BaseAddress);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        await page.Locator("#displayName").FillAsync("김사장");
        await page.Locator("#email").FillAsync("admin@first-run.example");
        await page.Locator("#password").FillAsync("a long and quiet workshop");
        await page.Locator("#confirmPassword").FillAsync("a long and quiet workshop");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "관리자 만들기" }).ClickAsync();

        // Set-up lands on what to do next: the demo to look around, and the steps to start one's own workshop.
        var screen = new WorkOrdersScreen(page);
        await Expect(screen.Heading("시작하기")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("welcome-demo")).ToContainTextAsync(DemoProducts.GarmentWorkshop);
        await Expect(page.GetByTestId("welcome-own").Locator("li")).ToHaveTextAsync(new[] { "빈 공방 만들기", "엑셀로 품목과 재고 가져오기", "사람 초대하기", "현장 태블릿 연결하기" }.Select(step => new Regex("^" + step)).ToArray());

        await page.GetByTestId("welcome-Dashboard").ClickAsync();
        await Expect(screen.Heading("현황판")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("tile-output-today-value")).ToHaveTextAsync(new Regex(@"^[\d,]+$"));
        await Expect(screen.WorkshopMenu).ToContainTextAsync(DemoProducts.GarmentWorkshop);
    }

    [Fact]
    public async Task An_owner_invites_a_worker_who_sets_a_pin_from_the_link()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var page = await owner.NewPageAsync();

        var url = await PeopleScreens.InviteAsync(page, "작업자", "박재봉");

        await using var worker = await app.NewBrowserContextAsync();
        var join = await worker.NewPageAsync();
        await join.GotoAsync(url);
        await Expect(join.GetByTestId("join-role")).ToContainTextAsync("박재봉");
        await join.Locator("#pin").FillAsync("3816");
        await join.Locator("#confirmPin").FillAsync("3816");
        await join.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "PIN 설정" }).ClickAsync();

        await Expect(join.GetByTestId("join-done")).ToBeVisibleAsync();
        await join.GotoAsync(url);
        await Expect(join.GetByTestId("join-unusable")).ToBeVisibleAsync();
    }
}
