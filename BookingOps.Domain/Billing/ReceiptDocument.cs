namespace BookingOps.Domain.Billing;

/// <summary>A payment's receipt, shared by its print view and its PDF like <see cref="InvoiceDocument"/>.</summary>
public sealed record ReceiptDocument(
    DocumentHeader Business,
    string ReceiptNumber,
    DateOnly ReceivedOn,
    DocumentParty Customer,
    int InvoiceId,
    string? InvoiceNumber,
    string? BookingNumber,
    string Method,
    string? Reference,
    string Currency,
    decimal Amount,
    decimal InvoiceTotal,
    decimal PaidToDate,
    decimal BalanceAfter,
    string ReceivedBy)
{
    public string Format(decimal value) => Common.Money.Format(value, Currency);
}
