using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>What a person does in the app, as reusable steps.</summary>
public static class PageSteps
{
    /// <summary>Waits until the server circuit drives the page, so clicks reach the server.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator(".app-layout[data-interactive=true]").WaitForAsync();

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForInteractiveAsync();
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.ClickAsync("#sign-out");

        // The URL, not the load event: a load that raced the live page's own traffic was once never seen.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.Locator("#email").WaitForAsync();
    }

    /// <summary>
    /// Picks an item in a searchable picker (an autocomplete searched on the server): types into it, waits
    /// until every suggestion answers the whole text typed (the list of an earlier keystroke, replaced under
    /// the click, once swallowed it), and clicks the item.
    /// </summary>
    public static async Task PickAsync(this IPage page, string inputId, string typed, string item)
    {
        await page.ClickAsync($"#{inputId}");
        await page.Locator($"#{inputId}").PressSequentiallyAsync(typed);
        var suggestions = page.Locator(".mud-popover-open .mud-list-item");
        await Assertions.Expect(suggestions.Filter(new() { HasText = item })).ToHaveCountAsync(1);
        await Assertions.Expect(suggestions.Filter(new() { HasNotText = typed })).ToHaveCountAsync(0);
        await suggestions.Filter(new() { HasText = item }).ClickAsync();
        await Assertions.Expect(page.Locator($"#{inputId}")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(item)));
    }

    /// <summary>The message shown beneath the field whose input has <paramref name="inputId"/>.</summary>
    public static ILocator FieldMessage(this IPage page, string inputId) =>
        page.Locator($".form-row:has(#{inputId}) .validation-message, .mud-input-control:has(#{inputId}) .mud-input-helper-text.mud-input-error");

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotDirectory, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
}
