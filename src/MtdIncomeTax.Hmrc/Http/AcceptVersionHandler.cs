using System.Net.Http.Headers;

namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// Sets Accept: application/vnd.hmrc.{version}+json. HMRC picks the API version from this header
/// alone, returning 406 when it is missing and 404 for a version it does not serve. A request that
/// names its own version in <see cref="HmrcRequestOptions.ApiVersion"/> gets that one instead.
/// </summary>
public sealed class AcceptVersionHandler(string version) : DelegatingHandler
{
    private readonly MediaTypeWithQualityHeaderValue _accept = MediaTypeOf(version);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(
            request.Options.TryGetValue(HmrcRequestOptions.ApiVersion, out var own) ? MediaTypeOf(own) : _accept);
        return base.SendAsync(request, cancellationToken);
    }

    private static MediaTypeWithQualityHeaderValue MediaTypeOf(string version) => new($"application/vnd.hmrc.{version}+json");
}
