namespace BookingOps.Domain.Numbering;

/// <summary>The last number handed out in one series, e.g. "BKG-2026" → 41.</summary>
public class NumberSeries
{
    public string Key { get; set; } = string.Empty;

    public int LastNumber { get; set; }
}
