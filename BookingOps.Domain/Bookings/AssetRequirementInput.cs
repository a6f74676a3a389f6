using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Bookings;

public sealed class AssetRequirementInput
{
    [Required(ErrorMessage = "Name the asset type, e.g. bin.")]
    [StringLength(50, ErrorMessage = "Keep the asset type under 50 characters.")]
    public string AssetType { get; set; } = string.Empty;

    [StringLength(50, ErrorMessage = "Keep the size under 50 characters.")]
    public string? Size { get; set; }

    [Range(1, 500, ErrorMessage = "Ask for 1 to 500 units.")]
    public int Count { get; set; } = 1;
}
