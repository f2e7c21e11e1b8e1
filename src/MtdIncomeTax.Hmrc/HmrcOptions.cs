using System.ComponentModel.DataAnnotations;

namespace MtdIncomeTax.Hmrc;

/// <summary>
/// Settings for one HMRC environment: the local emulator, HMRC's sandbox or production.
/// Bound to the "Hmrc" configuration section.
/// </summary>
public sealed class HmrcOptions
{
    /// <summary>Name of the environment, stored with each connection, e.g. "Sandbox".</summary>
    [Required]
    public string Environment { get; set; } = "";

    /// <summary>Browser address of HMRC's grant-authority journey, e.g. https://test-www.tax.service.gov.uk/oauth/authorize.</summary>
    [Required, Url]
    public string AuthorizeEndpoint { get; set; } = "";

    /// <summary>Token endpoint, e.g. https://test-api.service.hmrc.gov.uk/oauth/token.</summary>
    [Required, Url]
    public string TokenEndpoint { get; set; } = "";

    /// <summary>Base address of the Income Tax APIs, e.g. https://test-api.service.hmrc.gov.uk.</summary>
    [Required, Url]
    public string ApiBaseAddress { get; set; } = "";

    /// <summary>Client ID of the application registered on HMRC's Developer Hub.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>One of the application's client secrets; from user-secrets or the environment, never committed.</summary>
    [Required]
    public string ClientSecret { get; set; } = "";

    /// <summary>
    /// Redirect URI registered for the application. HMRC requires the identical value at the
    /// token endpoint, so this one setting feeds both requests.
    /// </summary>
    [Required, Url]
    public string RedirectUri { get; set; } = "";

    /// <summary>Space-separated scopes a business grants.</summary>
    [Required]
    public string BusinessScopes { get; set; } = HmrcDefaults.BusinessScopes;

    /// <summary>
    /// Space-separated scopes an agent grants: by default the Income Tax scopes and the five of the
    /// Agent Authorisation API (<see cref="HmrcDefaults.AgentScopes"/>).
    /// </summary>
    [Required]
    public string AgentScopes { get; set; } = HmrcDefaults.AgentScopes;

    /// <summary>Time allowed for one call to the token endpoint; a page waits this long at most. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan TokenRequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one Income Tax API call. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ApiRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends the Gov-Test-Scenario header from Hmrc:Apis:{Name}:GovTestScenario or a test's override.
    /// Only for HMRC's sandbox and the emulator; refused at start with the production API address. Default false.
    /// </summary>
    public bool AllowGovTestScenario { get; set; }
}
