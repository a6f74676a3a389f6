using BookingOps.Domain.Fleet;

namespace BookingOps.Domain.Crew;

/// <summary>A booking on the board that still misses people (on the crew board) or equipment (on the asset board).</summary>
public sealed record UnfilledBooking(int BookingId, string BookingNumber, DateOnly Day, IReadOnlyList<StaffingGap> People, IReadOnlyList<EquipmentGap> Equipment);
