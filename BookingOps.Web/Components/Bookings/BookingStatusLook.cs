using BookingOps.Domain.Bookings;
using MudBlazor;

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

    public static MudBlazor.Color Badge(BookingStatus status) => status switch
    {
        BookingStatus.Tentative => MudBlazor.Color.Warning,
        BookingStatus.Confirmed => MudBlazor.Color.Info,
        BookingStatus.InProgress => MudBlazor.Color.Secondary,
        BookingStatus.Completed => MudBlazor.Color.Success,
        _ => MudBlazor.Color.Default,
    };
}
