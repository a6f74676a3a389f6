using System.ComponentModel.DataAnnotations;

namespace BookingOps.Web.Components.Account;

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = string.Empty;

    public bool RememberMe { get; set; }
}
