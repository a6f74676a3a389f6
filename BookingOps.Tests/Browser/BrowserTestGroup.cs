namespace BookingOps.Tests.Browser;

/// <summary>
/// Browser test classes run one after another: each starts its own app and Chromium, and on a
/// two-core machine several at once starve each other into time-outs.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup
{
    public const string Name = "Browser";
}
