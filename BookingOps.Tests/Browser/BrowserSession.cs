using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>The real app on Kestrel at a random port, with a fresh data folder, and a headless Chromium.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? playwright;

    public BookingOpsApp App { get; } = new(clock: TestTime.Running());

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var executable = BrowserLocator.ExecutablePath
            ?? throw new InvalidOperationException(BrowserLocator.MissingReason);

        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);

        // Domain and HTTP tests run beside the browser tests on two cores; a page may then take more
        // than Playwright's default five seconds to show what a user would see a moment later.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>Completes first-run setup once per session; true the first time, so a class can seed its data once.</summary>
    public async Task<bool> EnsureSetupAsync()
    {
        if (App.Services.GetRequiredService<BookingOps.Domain.Setup.SetupStatus>().KnownComplete)
        {
            return false;
        }

        await App.CompleteSetupAsync();
        return true;
    }

    /// <summary>A new, cookie-free browser window; <paramref name="phone"/> gives it a phone's viewport.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 860 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
