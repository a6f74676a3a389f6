namespace BookingOps.Domain.Crew;

/// <summary>Someone free for a window, with what ranks them: hours already booked that week, then rate.</summary>
public sealed record AvailableCrew(int Id, string Name, IReadOnlyList<string> Roles, decimal DefaultRate, double HoursBookedThatWeek);
