using BookingOps.Domain.DeliveryOrders;
using BookingOps.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class BackgroundJobsTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    public async Task InitializeAsync() => await session.EnsureSetupAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task An_admin_runs_a_job_now_and_its_last_run_shows_who_and_what_it_did()
    {
        var admin = await session.NewPageAsync();
        await admin.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await admin.GotoAsync("/admin/jobs");
        await admin.WaitForInteractiveAsync();
        var digest = admin.Locator($"tr[data-job='{PendingOrderDigest.About.Name}']");
        await Assertions.Expect(digest.Locator(".job-last-run")).ToHaveTextAsync("Not yet");

        await digest.Locator(".run-now").ClickAsync();

        await Assertions.Expect(digest.Locator(".job-last-run")).ToContainTextAsync($"by {BookingOpsApp.AdminEmail}");
        await Assertions.Expect(digest.Locator(".job-outcome")).ToHaveTextAsync("Done No delivery order waits for an invoice.");
        await admin.ScreenshotAsync("jobs-run-now");
    }
}
