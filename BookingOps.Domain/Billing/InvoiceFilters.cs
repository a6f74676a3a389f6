using System.Linq.Expressions;

namespace BookingOps.Domain.Billing;

/// <summary>The invoice states that queries keep asking about, written once.</summary>
public static class InvoiceFilters
{
    /// <summary>Issued and not void: what the customer has really been asked to pay.</summary>
    public static IQueryable<Invoice> Standing(this IQueryable<Invoice> invoices) =>
        invoices.Where(i => i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Voided);

    /// <summary>Issued and not settled: money is still owed on them (see <see cref="Invoice.Balance"/>).</summary>
    public static IQueryable<Invoice> Owing(this IQueryable<Invoice> invoices) =>
        invoices.Where(i => i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid);

    /// <summary>One customer's invoices, or everyone's when none is named (a report's customer filter).</summary>
    public static IQueryable<Invoice> OfCustomer(this IQueryable<Invoice> invoices, int? customerId) =>
        customerId is { } id ? invoices.Where(i => i.CustomerId == id) : invoices;

    /// <summary>
    /// <see cref="Invoice.Balance"/> as SQL sums it over a group (<c>g.AsQueryable().Sum(Owed)</c>): the balance of an
    /// <see cref="Owing"/> invoice, nothing on the others; a closed invoice part paid and refunded owes nothing.
    /// </summary>
    public static Expression<Func<Invoice, decimal>> Owed { get; } =
        i => i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid ? i.Total - i.PaidTotal : 0m;
}
