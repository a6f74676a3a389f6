namespace BookingOps.Domain.Calendar;

/// <summary>
/// A user's private calendar subscription: the address carries a random token, of which only a hash is kept, so
/// the database alone does not open anyone's feed. One per user; a new link revokes the old one.
/// </summary>
public class CalendarFeed
{
    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string TokenHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
