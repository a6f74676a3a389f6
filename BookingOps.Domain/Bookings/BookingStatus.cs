namespace BookingOps.Domain.Bookings;

public enum BookingStatus
{
    /// <summary>A hold on the date that lapses at its expiry unless confirmed.</summary>
    Tentative = 1,
    Confirmed = 2,
    InProgress = 3,
    Completed = 4,
    Cancelled = 5,
}
