namespace BookingOps.Domain.Billing;

/// <summary>Money received against an invoice, with the receipt number handed back at once.</summary>
public class Payment
{
    public const string ReceiptPrefix = "RCPT";

    public int Id { get; set; }

    public int InvoiceId { get; set; }

    /// <summary>RCPT-2026-00031.</summary>
    public string ReceiptNumber { get; set; } = string.Empty;

    public PaymentMethod Method { get; set; }

    public decimal Amount { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public string? Reference { get; set; }

    /// <summary>One per submitted form: a second submission of the same form finds this payment instead of adding one.</summary>
    public string IdempotencyKey { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}
