namespace MtdIncomeTax.Web.Email;

/// <summary>The sender used while Email:Enabled is false: it sends nothing and says so.</summary>
public sealed class DisabledEmailSender : IEmailSender
{
    public const string EmailOff = "email off";

    public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(EmailSendResult.Failed(EmailOff));
}
