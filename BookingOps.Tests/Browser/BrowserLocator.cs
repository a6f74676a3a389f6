namespace BookingOps.Tests.Browser;

public static class BrowserLocator
{
    public const string MissingReason =
        "No Chromium found: install Debian's chromium (/usr/bin/chromium) or set BOOKINGOPS_CHROMIUM. Set BOOKINGOPS_E2E=required to fail instead of skipping.";

    private static readonly string[] DebianPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string? ExecutablePath { get; } = Find();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("BOOKINGOPS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return DebianPaths.FirstOrDefault(File.Exists);
    }
}
