using BookingOps.Domain.Common;

namespace BookingOps.Domain.Billing;

/// <summary>Payments list filters: method and the date received (local dates, inclusive).</summary>
public sealed record PaymentListQuery(PaymentMethod? Method = null, DateOnly? From = null, DateOnly? To = null, int? InvoiceId = null, PageRequest? Page = null)
{
    public PageRequest PageOrDefault => Page ?? new PageRequest();
}
