using BookingOps.Domain.Bookings;
using BookingOps.Domain.Live;

namespace BookingOps.Domain.Billing;

internal static class BillingChanges
{
    /// <summary>Tells open pages the invoice changed, and its booking with it (its balance and payment state).</summary>
    public static void PublishInvoice(this ChangeFeed changes, Invoice invoice)
    {
        changes.Publish(new DataChange(nameof(Invoice), invoice.Id));
        if (invoice.BookingId is { } booking)
        {
            changes.Publish(new DataChange(nameof(Booking), booking));
        }
    }
}
