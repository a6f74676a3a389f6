using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>Setup with the demo data ticked fills every screen, and none of them fails on it.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ShowcaseTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Password = "showcase pass phrase";

    [BrowserFact]
    public async Task With_demo_data_every_main_screen_has_something_to_show()
    {
        var page = await session.NewPageAsync();
        var refusedByPolicy = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refusedByPolicy.Add(message.Text);
            }
        };
        await page.GotoAsync("/setup");
        await page.FillAsync("#business-name", "Kilat Events Sdn Bhd");
        await page.FillAsync("#admin-name", "Farid");
        await page.FillAsync("#admin-email", "farid@kilat.my");
        await page.FillAsync("#admin-password", Password);
        await page.FillAsync("#confirm-password", Password);
        await page.CheckAsync("#load-demo-data");
        // Generating the showcase takes tens of seconds on two busy cores; the sign-in that follows waits for it.
        await page.ClickAsync("#complete-setup", new() { Timeout = 120_000 });
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#received-today")).ToHaveTextAsync(new Regex(@"^MYR [\d,]+\.\d\d$"));
        await Assertions.Expect(page.Locator("#dash-week li").First).ToBeVisibleAsync();

        foreach (var path in new[] { "/customers", "/inquiries", "/bookings", "/crew", "/assets", "/invoices", "/payments" })
        {
            await page.GotoAsync(path);
            await page.WaitForInteractiveAsync();
            await Assertions.Expect(page.Locator(".mud-table-body .mud-table-row").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        }

        // Two weeks of the board fit beside the open drawer on a 1366 px screen, each job with its start time.
        await page.SetViewportSizeAsync(1366, 860);
        await page.GotoAsync("/board");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#assignment-board .board-job").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#assignment-board .board-job-when").First).ToHaveTextAsync(new Regex(@"^(⚠ )?(\d\d:\d\d|cont\.)$"));
        Assert.True(await page.Locator(".board-scroll").EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "The board scrolls sideways at 1366 px.");
        await page.ScreenshotAsync("52-showcase-board-1366");
        await page.SetViewportSizeAsync(1280, 860);
        // The equipment board renders only the rows in view and the rest as its own scroll reaches them.
        await page.ClickAsync("#board-rows >> text=Equipment");
        await Assertions.Expect(page.Locator("tr[data-asset]").First).ToBeVisibleAsync();
        var firstRows = await page.Locator("tr[data-asset]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.asset)");
        Assert.InRange(firstRows.Length, 5, 35);
        await page.Locator(".board-scroll").EvaluateAsync("e => e.scrollTop = e.scrollHeight");
        await Assertions.Expect(page.Locator("tr[data-asset]").Last).Not.ToHaveAttributeAsync("data-asset", firstRows[^1]);
        await page.ScreenshotAsync("51-showcase-equipment-board");
        await page.GotoAsync("/calendar");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator(".calendar-entry").First).ToBeVisibleAsync();
        await page.GotoAsync("/assets/documents");
        await Assertions.Expect(page.Locator("#expiring-documents")).ToContainTextAsync(new Regex("road tax|insurance|permit"));
        await page.GotoAsync("/invoices?overdue=true");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#invoice-grid .mud-table-row .overdue").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("50-showcase-overdue-invoices");

        // Everything above ran under the content security policy without the browser refusing anything.
        Assert.Empty(refusedByPolicy);
    }
}
