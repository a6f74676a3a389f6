using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Billing;

namespace BookingOps.Web.Components.Billing;

/// <summary>How an approved refund's money went back.</summary>
public sealed class ProcessRefundInput
{
    public PaymentMethod Method { get; set; } = PaymentMethod.Online;

    [StringLength(100, ErrorMessage = "Keep the reference under 100 characters.")]
    public string? Reference { get; set; }
}
