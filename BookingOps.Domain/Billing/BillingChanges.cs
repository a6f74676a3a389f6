using BookingOps.Domain.Bookings;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Live;

namespace BookingOps.Domain.Billing;

internal static class BillingChanges
{
    /// <summary>Tells open pages the invoice changed, and its booking or delivery order with it (its balance and payment state).</summary>
    public static void PublishInvoice(this ChangeFeed changes, Invoice invoice)
    {
        changes.Publish(new DataChange(nameof(Invoice), invoice.Id));
        if (invoice.BookingId is { } booking)
        {
            changes.Publish(new DataChange(nameof(Booking), booking));
        }

        if (invoice.DeliveryOrderId is { } order)
        {
            changes.Publish(new DataChange(nameof(DeliveryOrder), order));
        }
    }
}
