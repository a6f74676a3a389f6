namespace BookingOps.Domain.Billing;

/// <summary>The business as printed at the top of its documents.</summary>
public sealed record DocumentHeader(
    string Name,
    string? RegistrationNumber,
    string TaxName,
    string? TaxRegistrationNumber,
    IReadOnlyList<string> AddressLines,
    string? Phone,
    string? Email,
    byte[]? Logo);
