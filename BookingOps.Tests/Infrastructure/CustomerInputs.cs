using BookingOps.Domain.Customers;

namespace BookingOps.Tests.Infrastructure;

public static class CustomerInputs
{
    public static CustomerInput Valid(string name = "Tan Events Sdn Bhd", string phone = "+60 12-345 6789", string? email = "ops@tanevents.my", string? contact = "Aisyah Tan") => new()
    {
        Name = name,
        ContactPerson = contact,
        Phone = phone,
        Email = email,
        Address = "12, Jalan Kenari 3, 47100 Puchong",
        TaxNumber = "W10-1234-56789012",
        Notes = "Prefers WhatsApp.",
    };
}
