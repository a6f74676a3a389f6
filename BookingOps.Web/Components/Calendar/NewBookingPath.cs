using System.Globalization;

namespace BookingOps.Web.Components.Calendar;

/// <summary>The new-booking form, starting at a time picked on the calendar.</summary>
public static class NewBookingPath
{
    public static string At(DateTime start) => $"bookings/new?start={start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)}";
}
