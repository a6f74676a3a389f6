using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Accounts;

public sealed class ResetPasswordInput
{
    [Required(ErrorMessage = "Enter the new password.")]
    [StringLength(128, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = PasswordRules.LengthMessage)]
    public string NewPassword { get; set; } = string.Empty;
}
