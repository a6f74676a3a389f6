using System.ComponentModel.DataAnnotations;

namespace BookingOps.Web.Components.Fleet;

public sealed class BinMoveInput
{
    public int CustomerId { get; set; }

    [StringLength(80, ErrorMessage = "Keep the area under 80 characters.")]
    public string? Area { get; set; }

    [StringLength(500, ErrorMessage = "Keep the notes under 500 characters.")]
    public string? Notes { get; set; }
}
