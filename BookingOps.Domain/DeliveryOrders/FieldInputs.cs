using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>Cash (or another method) taken on site; the form's key makes a retried submission harmless.</summary>
public sealed class CashReceiptInput
{
    [Range(typeof(decimal), "0.01", "100000000", ErrorMessage = "Enter the amount received, more than 0.")]
    [MaxDecimals(2)]
    public decimal Amount { get; set; }

    public PaymentMethod Method { get; set; } = PaymentMethod.Cash;

    [Required, StringLength(64)]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");
}

/// <summary>A lorry's leg, its times of day in the business's time zone on the day it is logged.</summary>
public sealed class TripInput : IValidatableObject
{
    [Required(ErrorMessage = "Say where the lorry left from.")]
    [StringLength(120, ErrorMessage = "Keep it under 120 characters.")]
    public string From { get; set; } = string.Empty;

    [Required(ErrorMessage = "Say where it went.")]
    [StringLength(120, ErrorMessage = "Keep it under 120 characters.")]
    public string To { get; set; } = string.Empty;

    public TimeOnly DepartedAt { get; set; }

    public TimeOnly? ArrivedAt { get; set; }

    [Required, StringLength(64)]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ArrivedAt is { } arrived && arrived < DepartedAt)
        {
            yield return new ValidationResult("The lorry cannot arrive before it left.", [nameof(ArrivedAt)]);
        }
    }
}

public sealed class ProblemInput : IValidatableObject
{
    public ProblemKind Kind { get; set; } = ProblemKind.CustomerNotHome;

    [StringLength(500, ErrorMessage = "Keep the note under 500 characters.")]
    public string? Note { get; set; }

    [Required, StringLength(64)]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == ProblemKind.Other && string.IsNullOrWhiteSpace(Note))
        {
            yield return new ValidationResult("Say what the problem is.", [nameof(Note)]);
        }
    }

    public static string Label(ProblemKind kind) => kind switch
    {
        ProblemKind.CustomerNotHome => "Customer not home",
        ProblemKind.NoAccess => "No access to the site",
        ProblemKind.BinBlocked => "Bin blocked",
        _ => "Other",
    };
}
