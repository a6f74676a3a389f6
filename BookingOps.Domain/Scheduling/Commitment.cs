namespace BookingOps.Domain.Scheduling;

/// <summary>A booking someone or something is already assigned to.</summary>
public sealed record Commitment(int BookingId, string BookingNumber, TimeWindow Window);
