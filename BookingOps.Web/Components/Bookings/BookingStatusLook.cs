using BookingOps.Domain.Bookings;
using Radzen;

namespace BookingOps.Web.Components.Bookings;

/// <summary>One look per booking status, shared by badges, the calendar and the dashboard chart.</summary>
public static class BookingStatusLook
{
    public static string Label(BookingStatus status) => status switch
    {
        BookingStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string Color(BookingStatus status) => status switch
    {
        BookingStatus.Tentative => "#b45309",
        BookingStatus.Confirmed => "#1d4ed8",
        BookingStatus.InProgress => "#7c3aed",
        BookingStatus.Completed => "#15803d",
        _ => "#6b7280",
    };

    public static BadgeStyle Badge(BookingStatus status) => status switch
    {
        BookingStatus.Tentative => BadgeStyle.Warning,
        BookingStatus.Confirmed => BadgeStyle.Info,
        BookingStatus.InProgress => BadgeStyle.Secondary,
        BookingStatus.Completed => BadgeStyle.Success,
        _ => BadgeStyle.Light,
    };
}
