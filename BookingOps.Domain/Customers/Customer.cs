using BookingOps.Domain.Common;

namespace BookingOps.Domain.Customers;

/// <summary>Someone the business books jobs for: a company with a contact person, or a private person.</summary>
public class Customer : IVersioned
{
    public int Id { get; set; }

    /// <summary>The name the office uses: a company name or a person's name.</summary>
    public string Name { get; set; } = string.Empty;

    public string? ContactPerson { get; set; }

    public string Phone { get; set; } = string.Empty;

    /// <summary>The phone's digits only, kept for search so "012-345 6789" and "0123456789" find the same customer.</summary>
    public string PhoneDigits { get; private set; } = string.Empty;

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? TaxNumber { get; set; }

    public string? Notes { get; set; }

    public bool IsArchived { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }

    public void Apply(CustomerInput input)
    {
        Name = input.Name.Trim();
        ContactPerson = Text.Clean(input.ContactPerson);
        Phone = input.Phone.Trim();
        PhoneDigits = PhoneNumber.Digits(input.Phone);
        Email = Text.Clean(input.Email)?.ToLowerInvariant();
        Address = Text.Clean(input.Address);
        TaxNumber = Text.Clean(input.TaxNumber);
        Notes = Text.Clean(input.Notes);
    }
}
