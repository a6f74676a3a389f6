namespace BookingOps.Domain.Fleet;

/// <summary>A vehicle document as seen on a day: the days it has left, negative once it has lapsed.</summary>
public sealed record ExpiringDocument(int AssetId, string Code, string Kind, DateOnly ExpiresOn, int DaysLeft)
{
    /// <summary>How far ahead a document counts as expiring soon: a month leaves time to book its renewal.</summary>
    public const int SoonDays = 30;

    /// <summary>Expired from the day after its last valid day; expiring soon within <see cref="SoonDays"/>; else valid.</summary>
    public string Status => DaysLeft < 0 ? "Expired" : DaysLeft <= SoonDays ? "Expiring soon" : "Valid";
}
