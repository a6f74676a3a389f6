namespace BookingOps.Tests.Browser;

/// <summary>
/// A browser test. Without a Chromium it is skipped, saying why, unless BOOKINGOPS_E2E=required
/// (as in CI), where it runs and fails loudly instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserLocator.ExecutablePath is null && !BrowserLocator.Required)
        {
            Skip = BrowserLocator.MissingReason;
        }
    }
}
