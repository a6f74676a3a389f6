using System.ComponentModel.DataAnnotations;

namespace BookingOps.Web.Components.Ui;

public sealed class ReasonInput
{
    [Required(ErrorMessage = "Give the reason.")]
    [StringLength(500, ErrorMessage = "Keep the reason under 500 characters.")]
    public string Reason { get; set; } = string.Empty;
}
