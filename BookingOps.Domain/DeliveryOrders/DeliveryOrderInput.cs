using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>The delivery order form: who, where, when, with what, and the priced lines.</summary>
public sealed class DeliveryOrderInput : IValidatableObject
{
    public const int MaxLines = 50;

    [Range(1, int.MaxValue, ErrorMessage = "Choose the customer.")]
    public int CustomerId { get; set; }

    /// <summary>The booking the order carries out, if any.</summary>
    public int? BookingId { get; set; }

    public DeliveryOrderKind Kind { get; set; } = DeliveryOrderKind.Delivery;

    [SaneDate]
    public DateOnly ScheduledOn { get; set; }

    [Required(ErrorMessage = "Enter the site address.")]
    [StringLength(300, ErrorMessage = "Keep the address under 300 characters.")]
    public string SiteAddress { get; set; } = string.Empty;

    [StringLength(80, ErrorMessage = "Keep the area under 80 characters.")]
    public string? Area { get; set; }

    /// <summary>The paper DO book's series (e.g. "A") and the number printed on its page.</summary>
    [StringLength(10, ErrorMessage = "Keep the book series under 10 characters.")]
    public string? BookSeries { get; set; }

    [StringLength(20, ErrorMessage = "Keep the book number under 20 characters.")]
    public string? BookNumber { get; set; }

    public int? DriverId { get; set; }

    public int? LorryId { get; set; }

    public int? BinId { get; set; }

    [StringLength(40, ErrorMessage = "Keep the bin size under 40 characters.")]
    public string? BinSize { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "The weight must be between 0 and 100,000 kg.")]
    [MaxDecimals(1)]
    public decimal? WeightKg { get; set; }

    public PaymentMethod? PaymentMethod { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "The amount must be between 0 and 100,000,000.")]
    [MaxDecimals(2)]
    public decimal? PaymentAmount { get; set; }

    /// <summary>Days the bin may stay on site before it is overdue for collection.</summary>
    [Range(0, 365, ErrorMessage = "Agree between 0 and 365 days on site.")]
    public int RentalDays { get; set; } = 7;

    [StringLength(2000, ErrorMessage = "Keep the notes under 2,000 characters.")]
    public string? Notes { get; set; }

    public List<DeliveryOrderLineInput> Lines { get; set; } = [];

    /// <summary>An Admin's reason to save despite the driver, lorry or bin clashing; otherwise empty.</summary>
    [StringLength(500, ErrorMessage = "Keep the reason under 500 characters.")]
    public string? OverrideReason { get; set; }

    public long Version { get; set; }

    /// <summary>The form for correcting an order, filled from what it says now.</summary>
    public static DeliveryOrderInput From(DeliveryOrder order) => new()
    {
        CustomerId = order.CustomerId,
        BookingId = order.BookingId,
        Kind = order.Kind,
        ScheduledOn = order.ScheduledOn,
        SiteAddress = order.SiteAddress,
        Area = order.Area,
        BookSeries = order.BookSeries,
        BookNumber = order.BookNumber,
        DriverId = order.DriverId,
        LorryId = order.LorryId,
        BinId = order.BinId,
        BinSize = order.BinSize,
        WeightKg = order.WeightKg,
        PaymentMethod = order.PaymentMethod,
        PaymentAmount = order.PaymentAmount,
        RentalDays = order.RentalDays,
        Notes = order.Notes,
        Lines = order.Lines.Select(l => new DeliveryOrderLineInput { Description = l.Description, Quantity = l.Quantity, Unit = l.Unit, UnitPrice = l.UnitPrice }).ToList(),
        Version = order.Version,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lines.Count > MaxLines)
        {
            yield return new ValidationResult($"An order takes at most {MaxLines} lines.", [nameof(Lines)]);
        }

        if (string.IsNullOrWhiteSpace(BookNumber) != string.IsNullOrWhiteSpace(BookSeries))
        {
            yield return new ValidationResult("Give the book's series and the page's number together.", [nameof(BookNumber)]);
        }

        if (AmountRules.Total(Lines.Sum(l => l.Quantity * l.UnitPrice), nameof(Lines)) is { } tooMuch)
        {
            yield return tooMuch;
        }
    }
}

public sealed class DeliveryOrderLineInput : IValidatableObject
{
    [Required(ErrorMessage = "Describe the item.")]
    [StringLength(200, ErrorMessage = "Keep the description under 200 characters.")]
    public string Description { get; set; } = string.Empty;

    [Range(typeof(decimal), "0.001", "100000", ErrorMessage = "The quantity must be more than 0 and at most 100,000.")]
    [MaxDecimals(3)]
    public decimal Quantity { get; set; } = 1m;

    [Required(ErrorMessage = "Give the unit (trip, tonne, load…).")]
    [StringLength(20, ErrorMessage = "Keep the unit under 20 characters.")]
    public string Unit { get; set; } = string.Empty;

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "The unit price must be between 0 and 10,000,000.")]
    [MaxDecimals(2)]
    public decimal UnitPrice { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AmountRules.Line(Quantity * UnitPrice, nameof(UnitPrice)) is { } tooMuch)
        {
            yield return tooMuch;
        }
    }
}
