using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>
/// A date in a plausible range: dates outside these years are typing mistakes, not bookings or payments.
/// The one rule for every date and date-time a user types (date pickers carry the same bounds).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SaneDateAttribute() : ValidationAttribute(Message)
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;

    public const string Message = "Choose a date between 2000 and 2100.";

    public static readonly DateOnly Earliest = new(EarliestYear, 1, 1);
    public static readonly DateOnly Latest = new(LatestYear, 12, 31);

    public static bool IsSane(DateOnly date) => date >= Earliest && date <= Latest;

    public override bool IsValid(object? value) => value switch
    {
        DateTime moment => IsSane(DateOnly.FromDateTime(moment)),
        DateOnly date => IsSane(date),
        DateTimeOffset instant => IsSane(DateOnly.FromDateTime(instant.UtcDateTime)),
        _ => true,
    };
}
