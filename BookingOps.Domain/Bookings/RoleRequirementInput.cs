using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Bookings;

public sealed class RoleRequirementInput
{
    [Required(ErrorMessage = "Name the role, e.g. dancer.")]
    [StringLength(50, ErrorMessage = "Keep the role under 50 characters.")]
    public string Role { get; set; } = string.Empty;

    [Range(1, 500, ErrorMessage = "Ask for 1 to 500 people.")]
    public int Count { get; set; } = 1;
}
