using Polly.Timeout;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Turns Polly's <see cref="TimeoutRejectedException"/> into the TaskCanceledException with an
/// inner TimeoutException that HttpClient throws for its own time-out, so that callers of an HMRC
/// client handle one kind of time-out whichever part of the pipeline timed out.
/// </summary>
internal sealed class TimeoutRejectionHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException exception)
        {
            var message = $"HMRC did not respond within {exception.Timeout}.";
            throw new TaskCanceledException(message, new TimeoutException(message, exception));
        }
    }
}
