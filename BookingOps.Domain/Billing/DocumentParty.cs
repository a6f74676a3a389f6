namespace BookingOps.Domain.Billing;

/// <summary>Whom a document is addressed to.</summary>
public sealed record DocumentParty(string Name, string? ContactPerson, IReadOnlyList<string> AddressLines, string? Phone, string? Email, string? TaxNumber);
