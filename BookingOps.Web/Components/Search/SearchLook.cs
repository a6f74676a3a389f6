using BookingOps.Domain.Search;

namespace BookingOps.Web.Components.Search;

/// <summary>What each kind of hit is called above its group, in the words of the menu.</summary>
public static class SearchLook
{
    public static string Heading(SearchKind kind) => kind switch
    {
        SearchKind.Customer => "Customers",
        SearchKind.Booking => "Bookings",
        SearchKind.Invoice => "Invoices",
        SearchKind.DeliveryOrder => "Delivery orders",
        SearchKind.Receipt => "Receipts",
        SearchKind.Crew => "Crew",
        _ => "Vehicles and bins",
    };

    /// <summary>The results page for <paramref name="text"/>, where Enter goes when no hit is chosen.</summary>
    public static string ResultsPath(string text) => "search?q=" + Uri.EscapeDataString(text.Trim());
}
