namespace BookingOps.Domain.Expenses;

/// <summary>
/// What was read off a receipt photo to pre-fill an expense: each field may be missing or wrong, so the user
/// confirms every one. <see cref="Text"/> is what OCR saw, kept for troubleshooting a misread; it is not for users.
/// </summary>
public sealed record ReceiptScan(decimal? Total, DateOnly? Date, string? Vendor, string Text);
