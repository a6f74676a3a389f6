using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Crew;

public sealed class AssignCrewInput
{
    public int BookingId { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Choose a person.")]
    public int CrewMemberId { get; set; }

    [Required(ErrorMessage = "Choose the role.")]
    [StringLength(50, ErrorMessage = "Keep the role under 50 characters.")]
    public string Role { get; set; } = string.Empty;

    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "The fee must be between 0 and 1,000,000.")]
    public decimal Fee { get; set; }

    /// <summary>Only an Admin may give one; it lets the assignment through despite conflicts and is kept.</summary>
    [StringLength(500, ErrorMessage = "Keep the reason under 500 characters.")]
    public string? OverrideReason { get; set; }
}
