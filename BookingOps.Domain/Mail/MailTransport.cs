using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace BookingOps.Domain.Mail;

/// <summary>Hands one message to the mail server.</summary>
public interface IMailTransport
{
    Task SendAsync(MailConnection connection, MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>SMTP through MailKit: one connection per message, which is plenty for a small office's mail.</summary>
public sealed class SmtpMailTransport : IMailTransport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MailConnection connection, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var security = connection.Security switch
        {
            MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            MailSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(connection.Host, connection.Port, security, cancellationToken);
        if (connection.UserName is { } user)
        {
            await client.AuthenticateAsync(user, connection.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
