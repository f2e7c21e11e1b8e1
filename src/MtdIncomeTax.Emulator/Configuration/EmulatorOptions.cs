namespace MtdIncomeTax.Emulator.Configuration;

/// <summary>Settings of the emulator, bound to the "Emulator" configuration section.</summary>
public sealed class EmulatorOptions
{
    public const string SectionName = "Emulator";

    /// <summary>Enables the /test-support routes. Default false.</summary>
    public bool TestMode { get; set; }

    /// <summary>Lifetime of HMRC access tokens, user and application. Default 4 hours.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary>
    /// Time from the user's grant after which refresh fails with invalid_grant.
    /// Default 547 days, the 18 months of HMRC's platform.
    /// </summary>
    public TimeSpan GrantLifetime { get; set; } = TimeSpan.FromDays(547);

    /// <summary>Lifetime of an authorization code. Default 10 minutes.</summary>
    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Time from a triggered calculation until Retrieve returns it; before that it returns 404
    /// MATCHING_RESOURCE_NOT_FOUND, as HMRC does while a calculation runs. Default 3 seconds.
    /// </summary>
    public TimeSpan CalculationDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The per-application rate limit of the Income Tax APIs.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>The HMRC applications the emulator accepts, like Developer Hub applications.</summary>
    public IList<OAuthClientOptions> OAuthClients { get; } = [];

    /// <summary>The client registered in the development OpenID Connect provider.</summary>
    public SignInClientOptions SignIn { get; set; } = new();
}
