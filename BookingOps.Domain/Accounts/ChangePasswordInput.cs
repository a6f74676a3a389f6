using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Accounts;

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(128, ErrorMessage = "Passwords are at most 128 characters.")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(128, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = PasswordRules.LengthMessage)]
    public string NewPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Repeat the new password.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
    [StringLength(128, ErrorMessage = "Passwords are at most 128 characters.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
