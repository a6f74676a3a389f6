using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Customers;

public sealed class CustomerInput
{
    [Required(ErrorMessage = "Enter the customer's name.")]
    [StringLength(150, ErrorMessage = "Keep the name under 150 characters.")]
    public string Name { get; set; } = string.Empty;

    [StringLength(100, ErrorMessage = "Keep the contact person under 100 characters.")]
    public string? ContactPerson { get; set; }

    [Required(ErrorMessage = "Enter a phone number.")]
    [PhoneNumber]
    [StringLength(30, ErrorMessage = "Keep the phone number under 30 characters.")]
    public string Phone { get; set; } = string.Empty;

    [Email]
    [StringLength(254, ErrorMessage = "Keep the email under 254 characters.")]
    public string? Email { get; set; }

    [StringLength(300, ErrorMessage = "Keep the address under 300 characters.")]
    public string? Address { get; set; }

    [StringLength(40, ErrorMessage = "Keep the tax number under 40 characters.")]
    public string? TaxNumber { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the notes under 2,000 characters.")]
    public string? Notes { get; set; }

    /// <summary>The version the form was loaded from; a save based on an older one is refused.</summary>
    public long Version { get; set; }

    public static CustomerInput From(Customer customer) => new()
    {
        Name = customer.Name,
        ContactPerson = customer.ContactPerson,
        Phone = customer.Phone,
        Email = customer.Email,
        Address = customer.Address,
        TaxNumber = customer.TaxNumber,
        Notes = customer.Notes,
        Version = customer.Version,
    };
}
