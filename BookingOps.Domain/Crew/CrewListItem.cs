namespace BookingOps.Domain.Crew;

public sealed record CrewListItem(int Id, string Name, IReadOnlyList<string> Roles, string Phone, decimal DefaultRate, bool IsActive, bool HasLogin);
