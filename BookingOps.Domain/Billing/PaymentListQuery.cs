using BookingOps.Domain.Common;

namespace BookingOps.Domain.Billing;

/// <summary>Payments list filters: method, the date received (local dates, inclusive) and the customer.</summary>
public sealed record PaymentListQuery(PaymentMethod? Method = null, DateOnly? From = null, DateOnly? To = null, int? CustomerId = null, PageRequest? Page = null)
{
    public PageRequest PageOrDefault => Page ?? new PageRequest();
}
