namespace BookingOps.Domain.Common;

public static class DateRanges
{
    /// <summary>What is wrong with a from–to filter whose start lies after its end; null when it is fine.</summary>
    public static string? Backwards(DateOnly? from, DateOnly? to) => from > to ? "The start date is after the end date." : null;
}
