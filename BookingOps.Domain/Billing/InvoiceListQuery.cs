using BookingOps.Domain.Common;

namespace BookingOps.Domain.Billing;

/// <summary>
/// Invoice list filters: status, customer, issue-date range (local dates, inclusive), overdue only, and a
/// search by invoice number or the customer's phone or name.
/// </summary>
public sealed record InvoiceListQuery(
    InvoiceStatus? Status = null,
    int? CustomerId = null,
    DateOnly? IssuedFrom = null,
    DateOnly? IssuedTo = null,
    bool OverdueOnly = false,
    string? Search = null,
    PageRequest? Page = null)
{
    public PageRequest PageOrDefault => Page ?? new PageRequest();
}
