namespace BookingOps.Domain.Fleet;

public sealed record ExpiringDocument(int AssetId, string Code, string Kind, DateOnly ExpiresOn, int DaysLeft);
