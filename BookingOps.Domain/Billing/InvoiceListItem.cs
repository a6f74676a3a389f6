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
    public decimal Balance => Status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid ? Total - PaidTotal : 0m;

    public bool IsOverdue(DateOnly today) => Balance > 0m && DueDate < today;
}
