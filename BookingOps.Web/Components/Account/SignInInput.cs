using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Web.Components.Account;

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email.")]
    [Email]
    [StringLength(254, ErrorMessage = "Keep the email under 254 characters.")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(128, ErrorMessage = "Passwords are at most 128 characters.")]
    public string Password { get; set; } = string.Empty;

    public bool RememberMe { get; set; }
}
