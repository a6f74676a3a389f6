using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Payouts;

/// <summary>Paying jobs: one person's or many people's at once, with how, when and the reference.</summary>
public sealed class PayoutInput : IValidatableObject
{
    public const int MaxJobs = 2_000;

    public List<int> AssignmentIds { get; set; } = [];

    public PaymentMethod Method { get; set; } = PaymentMethod.Online;

    [StringLength(100, ErrorMessage = "Keep the reference under 100 characters.")]
    public string? Reference { get; set; }

    [SaneDate]
    public DateOnly PaidOn { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AssignmentIds.Count == 0)
        {
            yield return new ValidationResult("Choose the jobs to pay.", [nameof(AssignmentIds)]);
        }

        if (AssignmentIds.Count > MaxJobs)
        {
            yield return new ValidationResult($"Pay at most {MaxJobs:N0} jobs at once.", [nameof(AssignmentIds)]);
        }
    }
}
