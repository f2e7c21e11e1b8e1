namespace MtdIncomeTax.Web.Email;

/// <summary>Sender used while Email:Enabled is false. It sends nothing and returns the error "email off".</summary>
public sealed class DisabledEmailSender : IEmailSender
{
    public const string EmailOff = "email off";

    public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(EmailSendResult.Failed(EmailOff));
}
