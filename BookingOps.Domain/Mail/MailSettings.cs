using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Mail;

/// <summary>How the connection to the SMTP server is secured: STARTTLS (port 587), TLS from the start (465), or none (a local relay).</summary>
public enum MailSecurity
{
    StartTls = 1,
    SslOnConnect = 2,
    None = 3,
}

/// <summary>
/// The business's outgoing mail server, set by the Admin in Business settings. The password is kept encrypted with
/// the app's data-protection keys (in the data folder), never in plain text, and never shown again.
/// </summary>
public class MailSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    public string? UserName { get; set; }

    public string? ProtectedPassword { get; set; }

    public string FromAddress { get; set; } = string.Empty;

    public long Version { get; set; }
}

/// <summary>The mail server form. An empty password keeps the saved one.</summary>
public sealed class MailSettingsInput
{
    [Required(ErrorMessage = "Enter the mail server's name, e.g. smtp.gmail.com.")]
    [StringLength(200, ErrorMessage = "Keep the server name under 200 characters.")]
    [RegularExpression(@"^[A-Za-z0-9.\-]+$", ErrorMessage = "Use the server's name or address, with no spaces.")]
    public string Host { get; set; } = string.Empty;

    [Range(1, 65535, ErrorMessage = "Enter a port between 1 and 65535 (usually 587).")]
    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    [StringLength(200, ErrorMessage = "Keep the user name under 200 characters.")]
    public string? UserName { get; set; }

    [StringLength(200, ErrorMessage = "Keep the password under 200 characters.")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Enter the address e-mails are sent from.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(254, ErrorMessage = "Keep the address under 254 characters.")]
    public string FromAddress { get; set; } = string.Empty;

    /// <summary>Whether a password is saved (the form says so instead of showing it).</summary>
    public bool HasPassword { get; set; }

    public long Version { get; set; }
}

/// <summary>What a sender needs to reach the server, the password decrypted for the moment of sending.</summary>
public sealed record MailConnection(string Host, int Port, MailSecurity Security, string? UserName, string? Password, string FromAddress, string FromName);
