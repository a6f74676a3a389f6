using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>Validates an optional phone number; pair it with [Required] when the phone is mandatory.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PhoneNumberAttribute : ValidationAttribute
{
    public PhoneNumberAttribute()
        : base(PhoneNumber.PatternMessage)
    {
    }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || PhoneNumber.IsValid(text);
}
