using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Billing;

public sealed class RefundInput
{
    public int InvoiceId { get; set; }

    [Range(typeof(decimal), "0.01", "100000000", ErrorMessage = "The amount must be more than 0 and at most 100,000,000.")]
    [MaxDecimals(2)]
    public decimal Amount { get; set; }

    [Required(ErrorMessage = "Say why the money goes back.")]
    [StringLength(500, ErrorMessage = "Keep the reason under 500 characters.")]
    public string Reason { get; set; } = string.Empty;
}
