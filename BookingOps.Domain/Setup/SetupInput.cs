using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Settings;

namespace BookingOps.Domain.Setup;

/// <summary>The first-run form: the business profile and the first Admin account.</summary>
public sealed class SetupInput
{
    public BusinessProfileInput Business { get; set; } = new();

    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string AdminName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the admin's email; it is the sign-in name.")]
    [Email]
    [StringLength(254, ErrorMessage = "Keep the email under 254 characters.")]
    public string AdminEmail { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = PasswordRules.LengthMessage)]
    public string AdminPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Repeat the password.")]
    [Compare(nameof(AdminPassword), ErrorMessage = "The two passwords differ.")]
    [StringLength(128, ErrorMessage = "Passwords are at most 128 characters.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    public bool LoadDemoData { get; set; }
}
