using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The owner's people page making a one-time invitation link, and the join page taking it up.</summary>
internal static partial class PeopleScreens
{
    /// <summary>
    /// Invites someone on /people as <paramref name="role"/> (the Korean role: 관리자, 컨설턴트, 작업자) and returns the
    /// link; <paramref name="who"/> is the e-mail for an account, the name for a worker.
    /// </summary>
    public static async Task<string> InviteAsync(IPage ownerPage, string role, string who)
    {
        await ownerPage.GotoAsync("/people");
        await Expect(ownerPage.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToBeVisibleAsync();
        await ownerPage.GetByTestId("invite-role").ClickAsync();
        await ownerPage.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = role }).ClickAsync();
        await ownerPage.Locator(role == "작업자" ? "#invite-name" : "#invite-email").FillAsync(who);
        await ownerPage.GetByTestId("invite-submit").ClickAsync();
        var link = ownerPage.Locator("#invitation-link");
        await Expect(link).ToHaveValueAsync(JoinLink());
        return await link.InputValueAsync();
    }

    /// <summary>Takes up an account invitation with a new account; the browser is then signed in as that member.</summary>
    public static async Task JoinWithNewAccountAsync(IPage page, string link, string name, string password)
    {
        await page.GotoAsync(link);
        await page.Locator("#displayName").FillAsync(name);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#confirmPassword").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "계정 만들고 참여하기" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(JoinLink());
    }

    [GeneratedRegex("/join/inv\\.")]
    private static partial Regex JoinLink();
}
