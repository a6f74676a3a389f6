using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Accounts;

public sealed class NewUserInput
{
    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter an email address; it is the sign-in name.")]
    [Email]
    [StringLength(254, ErrorMessage = "Keep the email under 254 characters.")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a role.")]
    [AllowedValues(Roles.Staff, Roles.Crew, Roles.Admin, ErrorMessage = "Choose Admin, Staff or Crew.")]
    [StringLength(20)]
    public string Role { get; set; } = Roles.Staff;

    [Required(ErrorMessage = "Enter an initial password.")]
    [StringLength(128, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = PasswordRules.LengthMessage)]
    public string Password { get; set; } = string.Empty;
}
