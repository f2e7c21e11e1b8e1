using System.Collections.Concurrent;
using MtdIncomeTax.Web.Email;

namespace MtdIncomeTax.IntegrationTests.Lifecycle;

/// <summary>An email sender that keeps every message instead of sending it.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _messages = new();

    public IReadOnlyList<EmailMessage> To(string recipient) =>
        _messages.Where(message => message.To == recipient).ToList();

    public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        _messages.Enqueue(message);
        return Task.FromResult(EmailSendResult.Sent);
    }
}
