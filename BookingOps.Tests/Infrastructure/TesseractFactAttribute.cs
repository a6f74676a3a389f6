using BookingOps.Domain.Expenses;

namespace BookingOps.Tests.Infrastructure;

/// <summary>A test that reads pictures with tesseract, skipped or failed without it as <see cref="EndToEnd"/> says.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TesseractFactAttribute : FactAttribute
{
    public const string MissingReason =
        "No tesseract found on the PATH: install Debian's tesseract-ocr. Set BOOKINGOPS_E2E=required to fail instead of skipping.";

    public TesseractFactAttribute()
    {
        Skip = EndToEnd.SkipReason(ReceiptReader.Locate(ReceiptReader.DefaultExecutable) is not null, MissingReason);
    }
}
