namespace BookingOps.Domain.Billing;

/// <summary>The payment a submission recorded, or found already recorded under the same key.</summary>
public sealed record RecordedPayment(int PaymentId, string ReceiptNumber, bool WasAlreadyRecorded);
