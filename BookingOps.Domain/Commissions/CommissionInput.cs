using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Commissions;

/// <summary>How a commission is worked out: a percentage of the paid invoices or a fixed amount.</summary>
public enum CommissionRule
{
    Percent = 1,
    Fixed = 2,
}

/// <summary>Who introduced the work and what they earn for it.</summary>
public sealed class CommissionInput : IValidatableObject
{
    /// <summary>The introducer when they are a customer; their name is then the customer's.</summary>
    public int? IntroducerCustomerId { get; set; }

    [StringLength(120, ErrorMessage = "Keep the name under 120 characters.")]
    public string? IntroducerName { get; set; }

    public CommissionRule Rule { get; set; } = CommissionRule.Percent;

    [Range(typeof(decimal), "0.01", "1000000", ErrorMessage = "Give a commission above 0.")]
    [MaxDecimals(2)]
    public decimal Value { get; set; }

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IntroducerCustomerId is null && string.IsNullOrWhiteSpace(IntroducerName))
        {
            yield return new ValidationResult("Name the introducer, or choose them among the customers.", [nameof(IntroducerName)]);
        }

        if (Rule == CommissionRule.Percent && Value > 100m)
        {
            yield return new ValidationResult("A percentage is at most 100.", [nameof(Value)]);
        }
    }

    public static CommissionInput From(Commission commission) => new()
    {
        IntroducerCustomerId = commission.IntroducerCustomerId,
        IntroducerName = commission.IntroducerCustomerId is null ? commission.IntroducerName : null,
        Rule = commission.Percent is null ? CommissionRule.Fixed : CommissionRule.Percent,
        Value = commission.Percent ?? commission.FixedAmount ?? 0m,
        Version = commission.Version,
    };
}

/// <summary>Paying an approved commission: how, when, and the reference.</summary>
public sealed class CommissionPayment
{
    public PaymentMethod Method { get; set; } = PaymentMethod.Online;

    [StringLength(100, ErrorMessage = "Keep the reference under 100 characters.")]
    public string? Reference { get; set; }

    [SaneDate]
    public DateOnly PaidOn { get; set; }
}
