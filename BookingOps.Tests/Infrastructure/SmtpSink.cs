using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace BookingOps.Tests.Infrastructure;

/// <summary>The SMTP server e-mail tests send to: netDumbster in the test process, on a local port no one else has.</summary>
public static class SmtpSink
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A received message as a mail client would read it.</summary>
    public static MimeMessage Read(SmtpMessage message) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(message.Data)));
}
