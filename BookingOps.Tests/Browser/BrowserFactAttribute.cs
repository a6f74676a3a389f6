using BookingOps.Domain.Expenses;

namespace BookingOps.Tests.Browser;

/// <summary>A browser test, skipped or failed without a Chromium (or, when it reads receipts, a tesseract) as <see cref="EndToEnd"/> says.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = EndToEnd.SkipReason(BrowserLocator.ExecutablePath is not null, BrowserLocator.MissingReason);
    }

    /// <summary>The page under test reads a receipt photo, so tesseract is needed too.</summary>
    public bool ReadsReceipts
    {
        get => false;
        init => Skip ??= value ? EndToEnd.SkipReason(ReceiptReader.Locate(ReceiptReader.DefaultExecutable) is not null, TesseractFactAttribute.MissingReason) : null;
    }
}
