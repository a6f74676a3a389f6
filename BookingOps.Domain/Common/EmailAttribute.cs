using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>
/// An email address, or nothing: forms post an emptied field as "", which the framework's
/// [EmailAddress] would refuse. Pair with [Required] when the email is mandatory.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EmailAttribute() : ValidationAttribute("Enter a valid email address.")
{
    private static readonly EmailAddressAttribute Format = new();

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || (text.Trim().Length <= 254 && Format.IsValid(text.Trim()) && !text.Trim().Contains(' ', StringComparison.Ordinal));
}
