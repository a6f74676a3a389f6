using System.ComponentModel.DataAnnotations;

namespace BookingOps.Web.Components.Inquiries;

public sealed class QuoteInput
{
    [Range(typeof(decimal), "0.01", "10000000", ErrorMessage = "Quote an amount above 0 and at most 10,000,000.")]
    public decimal QuoteAmount { get; set; }
}
