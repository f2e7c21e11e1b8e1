namespace MtdIncomeTax.Web.Email;

/// <summary>Sends one plain-text email. Expected failures come back as a result, not an exception.</summary>
public interface IEmailSender
{
    Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
