using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Crew;

public sealed class CrewMemberInput : IValidatableObject
{
    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string Name { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    [Required(ErrorMessage = "Enter a phone number.")]
    [PhoneNumber]
    [StringLength(30, ErrorMessage = "Keep the phone number under 30 characters.")]
    public string Phone { get; set; } = string.Empty;

    [Email]
    [StringLength(254, ErrorMessage = "Keep the email under 254 characters.")]
    public string? Email { get; set; }

    [StringLength(30, ErrorMessage = "Keep the ID number under 30 characters.")]
    [RegularExpression(@"^[A-Za-z0-9\- ]*$", ErrorMessage = "Use letters, digits and dashes only.")]
    public string? IdNumber { get; set; }

    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "The rate must be between 0 and 1,000,000.")]
    [MaxDecimals(2)]
    public decimal DefaultRate { get; set; }

    public bool IsActive { get; set; } = true;

    [StringLength(450, ErrorMessage = "Choose a login from the list.")]

    public string? UserId { get; set; }

    public long Version { get; set; }

    public static CrewMemberInput From(CrewMember person) => new()
    {
        Name = person.Name,
        Roles = [.. person.Roles],
        Phone = person.Phone,
        Email = person.Email,
        IdNumber = person.IdNumber,
        DefaultRate = Decimals.Trimmed(person.DefaultRate),
        IsActive = person.IsActive,
        UserId = person.UserId,
        Version = person.Version,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CrewRoles.Normalize(Roles).Count == 0)
        {
            yield return new ValidationResult("Give the person at least one role.", [nameof(Roles)]);
        }

        if (Roles.Any(r => r.Trim().Length > 50))
        {
            yield return new ValidationResult("Keep each role under 50 characters.", [nameof(Roles)]);
        }
    }
}
