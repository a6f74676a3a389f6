using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Billing;

/// <summary>What the office edits on a draft invoice: its lines, due date and notes.</summary>
public sealed class InvoiceInput : IValidatableObject
{
    public const int MaxLines = 200;

    /// <summary>Whom a standard invoice is for; invoices from a booking take the booking's customer.</summary>
    public int CustomerId { get; set; }

    public List<PriceLineInput> Lines { get; set; } = [];

    [SaneDate]
    public DateOnly? DueDate { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the notes under 2,000 characters.")]
    public string? Notes { get; set; }

    public long Version { get; set; }

    /// <summary>A delivery order's invoice: its lines (unit in the description) at the business's tax rate, and a note naming the order.</summary>
    public static InvoiceInput ForDeliveryOrder(DeliveryOrders.DeliveryOrder order, decimal taxRatePercent) => new()
    {
        CustomerId = order.CustomerId,
        Lines = order.Lines.Select(l => new PriceLineInput
        {
            Description = $"{l.Description} ({l.Unit})",
            Quantity = l.Quantity,
            UnitPrice = l.UnitPrice,
            TaxRatePercent = taxRatePercent,
        }).ToList(),
        Notes = $"Delivery order {order.Number}{(order.BookNumber is null ? string.Empty : $" (book {order.BookSeries} {order.BookNumber})")}, {order.SiteAddress}",
    };

    public static InvoiceInput From(Invoice invoice) => new()
    {
        CustomerId = invoice.CustomerId,
        Lines = invoice.Lines.Select(PriceLineInput.From).ToList(),
        DueDate = invoice.DueDate,
        Notes = invoice.Notes,
        Version = invoice.Version,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lines.Count == 0)
        {
            yield return new ValidationResult("An invoice needs at least one line.", [nameof(Lines)]);
        }

        if (Lines.Count > MaxLines)
        {
            yield return new ValidationResult($"An invoice takes at most {MaxLines} lines.", [nameof(Lines)]);
        }

        if (PriceLineInput.TotalRule(Lines, nameof(Lines)) is { } tooMuch)
        {
            yield return tooMuch;
        }
    }
}
