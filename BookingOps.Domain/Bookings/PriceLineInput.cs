using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Bookings;

public sealed class PriceLineInput : IValidatableObject
{
    [Required(ErrorMessage = "Describe the line.")]
    [StringLength(200, ErrorMessage = "Keep the description under 200 characters.")]
    public string Description { get; set; } = string.Empty;

    [Range(typeof(decimal), "0.001", "100000", ErrorMessage = "The quantity must be more than 0 and at most 100,000.")]
    [MaxDecimals(3)]
    public decimal Quantity { get; set; } = 1m;

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "The unit price must be between 0 and 10,000,000.")]
    [MaxDecimals(2)]
    public decimal UnitPrice { get; set; }

    [Range(typeof(decimal), "0", "100", ErrorMessage = "The discount must be between 0 and 100 %.")]
    [MaxDecimals(3)]
    public decimal DiscountPercent { get; set; }

    [Range(typeof(decimal), "0", "100", ErrorMessage = "The tax rate must be between 0 and 100 %.")]
    [MaxDecimals(3)]
    public decimal TaxRatePercent { get; set; }

    /// <summary>What the lines come to with discounts and tax, before rounding: enough to hold them to <see cref="Money.MaxTotal"/>.</summary>
    public static decimal RoughTotal(IEnumerable<PriceLineInput> lines) =>
        lines.Sum(l => l.Quantity * l.UnitPrice * (1 - (l.DiscountPercent / 100m)) * (1 + (l.TaxRatePercent / 100m)));

    /// <summary>The rule for a document's lines taken together, said beside its list of lines.</summary>
    public static ValidationResult? TotalRule(IEnumerable<PriceLineInput> lines, string member) => AmountRules.Total(RoughTotal(lines), member);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AmountRules.Line(Quantity * UnitPrice, nameof(UnitPrice)) is { } tooMuch)
        {
            yield return tooMuch;
        }
    }

    public static PriceLineInput From(PriceLine line) => new()
    {
        Description = line.Description,
        Quantity = Decimals.Trimmed(line.Quantity),
        UnitPrice = Decimals.Trimmed(line.UnitPrice),
        DiscountPercent = Decimals.Trimmed(line.DiscountPercent),
        TaxRatePercent = Decimals.Trimmed(line.TaxRatePercent),
    };
}
