using BookingOps.Domain.Bookings;

namespace BookingOps.Web.Components.Calendar;

/// <summary>A booking on the calendar, with its times in the business's time zone.</summary>
public sealed class CalendarEntry(BookingListItem booking, DateTime start, DateTime end)
{
    public BookingListItem Booking { get; } = booking;

    public DateTime Start { get; } = start;

    public DateTime End { get; } = end;

    public string Text => $"{Booking.Number} · {Booking.CustomerName}";
}
