using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>A decimal with at most the given number of decimal places.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxDecimalsAttribute(int places) : ValidationAttribute($"Use at most {places} decimal places.")
{
    public int Places { get; } = places;

    public override bool IsValid(object? value) => value is not decimal number || decimal.Round(number, Places) == number;
}
