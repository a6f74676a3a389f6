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
        await page.WaitForURLAsync("**/account/login");
    }

    /// <summary>
    /// Picks an item in a searchable drop-down: opens it, waits for its popup (keys typed before then go
    /// to the drop-down's own type-ahead, which may pick and close by itself), types, and clicks the item.
    /// </summary>
    public static async Task PickAsync(this IPage page, string dropDownId, string typed, string item)
    {
        await page.ClickAsync($"#{dropDownId}");
        await Assertions.Expect(page.Locator($"#popup-{dropDownId}")).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync(typed);
        await page.ClickAsync($"#popup-{dropDownId} .rz-dropdown-item:has-text('{item}')");
    }

    /// <summary>The message shown beneath the field whose input has <paramref name="inputId"/>.</summary>
    public static ILocator FieldMessage(this IPage page, string inputId) =>
        page.Locator($".form-row:has(#{inputId}) .validation-message, .mud-input-control:has(#{inputId}) .mud-input-helper-text.mud-input-error");

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotDirectory, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
}
