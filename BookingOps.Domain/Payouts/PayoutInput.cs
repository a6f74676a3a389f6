using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Payouts;

/// <summary>Paying what is owed: one person's or many people's jobs and expenses at once, with how, when and the reference.</summary>
public sealed class PayoutInput : IValidatableObject
{
    public const int MaxLines = 2_000;

    public List<OwedKey> Lines { get; set; } = [];

    public PaymentMethod Method { get; set; } = PaymentMethod.Online;

    [StringLength(100, ErrorMessage = "Keep the reference under 100 characters.")]
    public string? Reference { get; set; }

    [SaneDate]
    public DateOnly PaidOn { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lines.Count == 0)
        {
            yield return new ValidationResult("Choose what to pay.", [nameof(Lines)]);
        }

        if (Lines.Count > MaxLines)
        {
            yield return new ValidationResult($"Pay at most {MaxLines:N0} lines at once.", [nameof(Lines)]);
        }
    }
}
