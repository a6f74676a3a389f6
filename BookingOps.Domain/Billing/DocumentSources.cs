using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Billing;

/// <summary>What every printed document takes from the records: the business's letterhead and the customer it is addressed to.</summary>
internal static class DocumentSources
{
    public static async Task<(DocumentHeader Header, int Terms)> HeaderAsync(BookingOpsDbContext db, BusinessLogo logo, CancellationToken cancellationToken)
    {
        var profile = await db.BusinessProfiles.AsNoTracking().SingleAsync(cancellationToken);
        var image = await logo.ReadAsync(cancellationToken);
        return (
            new DocumentHeader(
                profile.Name,
                profile.RegistrationNumber,
                profile.TaxName,
                profile.TaxRegistrationNumber,
                Lines(profile.Address),
                profile.Phone,
                profile.Email,
                image?.Bytes),
            profile.PaymentTermsDays);
    }

    public static DocumentParty Party(Customer customer) =>
        new(customer.Name, customer.ContactPerson, Lines(customer.Address), customer.Phone, customer.Email, customer.TaxNumber);

    private static string[] Lines(string? text) =>
        text?.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
