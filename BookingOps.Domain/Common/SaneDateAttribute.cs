using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>A date in a plausible range: jobs outside these years are typing mistakes, not bookings.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SaneDateAttribute() : ValidationAttribute($"Choose a date between {EarliestYear} and {LatestYear}.")
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;

    public override bool IsValid(object? value) =>
        value is not DateTime date || date.Year is >= EarliestYear and <= LatestYear;
}
