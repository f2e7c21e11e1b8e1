using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MtdIncomeTax.Web.Email;

/// <summary>Sends email through the SMTP server of the Email settings, one connection per email.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    private const int ImplicitTlsPort = 465;

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!MailboxAddress.TryParse(message.To, out var recipient))
        {
            return EmailSendResult.Failed("the recipient address is invalid");
        }

        // EmailOptions.Validate has checked Host and From at start, since this sender is used only when Enabled.
        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(MailboxAddress.Parse(settings.From!));
        mime.To.Add(recipient);

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, SocketOptionsFor(settings), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);

            return EmailSendResult.Sent;
        }
        catch (Exception exception) when (exception is CommandException or ProtocolException or AuthenticationException
            or SslHandshakeException or IOException or SocketException or TimeoutException)
        {
            return EmailSendResult.Failed($"sending to the SMTP server failed: {exception.Message}");
        }
    }

    private static SecureSocketOptions SocketOptionsFor(EmailOptions settings) => settings switch
    {
        { UseTls: false } => SecureSocketOptions.None,
        { Port: ImplicitTlsPort } => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
