namespace BookingOps.Domain.Notifications;

/// <summary>
/// Something the office should look at, raised by the app (a job, a rule). Its source key names what raised
/// it, once: raising the same thing again finds the first notification instead of adding another.
/// </summary>
public class Notification
{
    public long Id { get; set; }

    public string SourceKey { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    /// <summary>The page that deals with it, relative to the app (e.g. delivery-orders/12).</summary>
    public string Link { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
