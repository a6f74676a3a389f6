using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Billing;

public sealed class PaymentInput : IValidatableObject
{
    public int InvoiceId { get; set; }

    [EnumDataType(typeof(PaymentMethod), ErrorMessage = "Choose how it was paid.")]
    public PaymentMethod Method { get; set; } = PaymentMethod.Cash;

    [Range(typeof(decimal), "0.01", "100000000", ErrorMessage = "The amount must be more than 0 and at most 100,000,000.")]
    [MaxDecimals(2)]
    public decimal Amount { get; set; }

    [SaneDate]
    public DateOnly ReceivedOn { get; set; }

    [StringLength(100, ErrorMessage = "Keep the reference under 100 characters.")]
    public string? Reference { get; set; }

    /// <summary>Made once when the form opens; a double click or a retry sends the same key.</summary>
    [Required]
    [StringLength(64, MinimumLength = 8)]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Method == PaymentMethod.Cheque && string.IsNullOrWhiteSpace(Reference))
        {
            yield return new ValidationResult("Enter the cheque number as the reference.", [nameof(Reference)]);
        }
    }
}
