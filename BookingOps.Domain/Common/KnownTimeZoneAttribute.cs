using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>An IANA time zone id this machine knows, e.g. Asia/Kuala_Lumpur.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KnownTimeZoneAttribute() : ValidationAttribute("Choose a known time zone, e.g. Asia/Kuala_Lumpur.")
{
    public override bool IsValid(object? value) =>
        value is not string id || string.IsNullOrWhiteSpace(id) || TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _);
}
