using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Expenses;

/// <summary>An expense as a form, the phone or an import row gives it.</summary>
public sealed class ExpenseInput : IValidatableObject
{
    public ExpenseKind Kind { get; set; } = ExpenseKind.Crew;

    [Range(1, int.MaxValue, ErrorMessage = "Choose a category.")]
    public int CategoryId { get; set; }

    [SaneDate]
    public DateOnly SpentOn { get; set; }

    [Range(typeof(decimal), "0.01", "10000000", ErrorMessage = "The amount must be more than 0 and at most 10,000,000.")]
    [MaxDecimals(2)]
    public decimal Amount { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "The tax cannot be negative.")]
    [MaxDecimals(2)]
    public decimal Tax { get; set; }

    [StringLength(120, ErrorMessage = "Keep the vendor under 120 characters.")]
    public string? Vendor { get; set; }

    [Required(ErrorMessage = "Say what it was for.")]
    [StringLength(300, ErrorMessage = "Keep the description under 300 characters.")]
    public string Description { get; set; } = string.Empty;

    /// <summary>Whose expense it is, when the office logs it for a crew member; a crew member's own is always theirs.</summary>
    public int? CrewMemberId { get; set; }

    public int? BookingId { get; set; }

    public int? DeliveryOrderId { get; set; }

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Tax > Amount)
        {
            yield return new ValidationResult("The tax cannot be more than the amount it is part of.", [nameof(Tax)]);
        }

        if (Kind == ExpenseKind.Crew && BookingId is null && DeliveryOrderId is null)
        {
            yield return new ValidationResult("Choose the booking or delivery order it was spent on.", [nameof(BookingId)]);
        }
    }

    public static ExpenseInput From(Expense expense) => new()
    {
        Kind = expense.Kind,
        CategoryId = expense.CategoryId,
        SpentOn = expense.SpentOn,
        Amount = expense.Amount,
        Tax = expense.Tax,
        Vendor = expense.Vendor,
        Description = expense.Description,
        CrewMemberId = expense.CrewMemberId,
        BookingId = expense.BookingId,
        DeliveryOrderId = expense.DeliveryOrderId,
        Version = expense.Version,
    };
}
