namespace BookingOps.Domain.Billing;

public sealed record InvoiceListItem(
    int Id,
    string? Number,
    InvoiceKind Kind,
    InvoiceStatus Status,
    int CustomerId,
    string CustomerName,
    int? BookingId,
    DateOnly? IssuedOn,
    DateOnly? DueDate,
    decimal Total,
    decimal PaidTotal)
{
    public decimal Balance => Invoice.Owed(Status, Total, PaidTotal);

    public bool IsOverdue(DateOnly today) => Balance > 0m && DueDate < today;
}
