namespace BookingOps.Domain.Billing;

public sealed record PaymentListItem(
    int Id,
    string ReceiptNumber,
    int InvoiceId,
    string? InvoiceNumber,
    string CustomerName,
    PaymentMethod Method,
    decimal Amount,
    DateOnly ReceivedOn,
    string? Reference,
    string RecordedBy);
