namespace BookingOps.Tests.Browser;

/// <summary>A browser test, skipped or failed without a Chromium as <see cref="EndToEnd"/> says.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = EndToEnd.SkipReason(BrowserLocator.ExecutablePath is not null, BrowserLocator.MissingReason);
    }
}
