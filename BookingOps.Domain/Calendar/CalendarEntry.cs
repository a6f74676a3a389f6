using BookingOps.Domain.Bookings;

namespace BookingOps.Domain.Calendar;

/// <summary>
/// A booking as the calendar draws it: its times in the business's time zone, and the version it had when
/// read, so that moving it from the calendar is refused if someone changed it since.
/// </summary>
public sealed record CalendarEntry(int BookingId, string Number, string CustomerName, BookingStatus Status, DateTime Start, DateTime End, long Version)
{
    public DateOnly FirstDay => DateOnly.FromDateTime(Start);

    /// <summary>The last day it covers: a job ending at midnight ends on the day before.</summary>
    public DateOnly LastDay => End > Start ? DateOnly.FromDateTime(End.AddTicks(-1)) : FirstDay;

    public bool SpansDays => LastDay > FirstDay;

    public string Text => $"{Start:HH:mm} {Number} · {CustomerName}";
}
