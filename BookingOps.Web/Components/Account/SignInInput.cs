using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Web.Components.Account;

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email.")]
    [Email]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = string.Empty;

    public bool RememberMe { get; set; }
}
