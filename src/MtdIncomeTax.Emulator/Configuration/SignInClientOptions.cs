namespace MtdIncomeTax.Emulator.Configuration;

/// <summary>
/// The client of the development OpenID Connect provider. An empty ClientId registers no client.
/// </summary>
public sealed class SignInClientOptions
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public IList<string> RedirectUris { get; } = [];

    public IList<string> PostLogoutRedirectUris { get; } = [];
}
