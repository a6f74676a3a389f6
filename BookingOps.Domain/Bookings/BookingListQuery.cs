using BookingOps.Domain.Common;

namespace BookingOps.Domain.Bookings;

/// <summary>The booking list's filters. Dates are UTC instants; a booking matches a range it overlaps.</summary>
public sealed record BookingListQuery(
    BookingStatus? Status = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int? CustomerId = null,
    string? Area = null,
    string? Search = null,
    PageRequest? Page = null)
{
    public PageRequest PageOrDefault => Page ?? new PageRequest();
}
