using BookingOps.Domain.Bookings;

namespace BookingOps.Domain.Billing;

/// <summary>
/// Everything an invoice shows, in the order it shows it: the print view and the PDF are drawn from this
/// one model, so they always carry the same content.
/// </summary>
public sealed record InvoiceDocument(
    DocumentHeader Business,
    string Title,
    string? Number,
    InvoiceStatus Status,
    DateOnly? IssuedOn,
    DateOnly? DueDate,
    string? BookingNumber,
    DocumentParty Customer,
    IReadOnlyList<PriceLine> Lines,
    IReadOnlyList<InvoiceDeduction> Deductions,
    string Currency,
    decimal Subtotal,
    decimal Discount,
    decimal Tax,
    decimal Deducted,
    decimal Total,
    decimal Paid,
    decimal Refunded,
    decimal Balance,
    string PaymentTerms,
    string? Notes)
{
    public string Amount(decimal value) => Common.Money.Format(value, Currency);
}
