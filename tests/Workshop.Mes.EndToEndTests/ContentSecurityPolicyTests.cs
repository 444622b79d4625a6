using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The content security policy in a real browser: what it renders must not be blocked. Chromium reports each
/// blocked script, style, font or connection on the console, so a page that works has no such messages.
/// </summary>
public sealed class ContentSecurityPolicyTests(RunningApp app)
{
    [Fact]
    public async Task The_api_reference_renders_under_its_policy_without_violations()
    {
        await using var browser = await app.NewBrowserContextAsync();
        var page = await browser.NewPageAsync();
        var violations = Violations(page);

        var response = await page.GotoAsync("/api/docs");

        response!.Headers["content-security-policy"].ShouldContain("frame-ancestors 'none'");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Open Group - Work orders" }).ClickAsync();
        await Expect(page.GetByText("List work orders").First).ToBeVisibleAsync();
        violations.ShouldBeEmpty();
    }

    /// <summary>Console messages about the policy, and violation events the page itself saw.</summary>
    private static List<string> Violations(IPage page)
    {
        var found = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(message.Text);
            }
        };
        return found;
    }
}
