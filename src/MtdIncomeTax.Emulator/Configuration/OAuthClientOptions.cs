namespace MtdIncomeTax.Emulator.Configuration;

/// <summary>An HMRC application: its client id, secret and registered redirect URIs.</summary>
public sealed class OAuthClientOptions
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Redirect URIs; the one sent to /oauth/authorize must match one exactly.</summary>
    public IList<string> RedirectUris { get; } = [];
}
