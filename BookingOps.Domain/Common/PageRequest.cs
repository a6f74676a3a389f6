namespace BookingOps.Domain.Common;

/// <summary>One page of a server-side list: rows to skip and take, and an optional sort column.</summary>
public sealed record PageRequest(int Skip = 0, int Take = 20, string? SortBy = null, bool Descending = false)
{
    public const int MaxTake = 200;

    public int SafeSkip => Math.Max(0, Skip);

    public int SafeTake => Math.Clamp(Take, 1, MaxTake);
}
