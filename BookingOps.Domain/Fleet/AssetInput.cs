using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Fleet;

public sealed class AssetInput : IValidatableObject
{
    public AssetKind Kind { get; set; } = AssetKind.Bin;

    [Required(ErrorMessage = "Enter the plate or serial number.")]
    [StringLength(30, ErrorMessage = "Keep the plate or serial under 30 characters.")]
    [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9 \-/]*$", ErrorMessage = "Use letters, digits, spaces, dashes and slashes.")]
    public string Code { get; set; } = string.Empty;

    [StringLength(200, ErrorMessage = "Keep the description under 200 characters.")]
    public string? Description { get; set; }

    [StringLength(30, ErrorMessage = "Keep the size under 30 characters.")]
    public string? Size { get; set; }

    [Range(typeof(decimal), "0", "200", ErrorMessage = "Capacity must be between 0 and 200 tonnes.")]
    public decimal? CapacityTonnes { get; set; }

    [StringLength(80, ErrorMessage = "Keep the area under 80 characters.")]
    public string? Area { get; set; }

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }

    public static AssetInput From(Asset asset) => new()
    {
        Kind = asset.Kind,
        Code = asset.Code,
        Description = asset.Description,
        Size = asset.Size,
        CapacityTonnes = asset.CapacityTonnes,
        Area = asset.Area,
        IsActive = asset.IsActive,
        Version = asset.Version,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == AssetKind.Bin && string.IsNullOrWhiteSpace(Size))
        {
            yield return new ValidationResult("Give the bin's size, e.g. 4×12×6 ft.", [nameof(Size)]);
        }
    }
}
