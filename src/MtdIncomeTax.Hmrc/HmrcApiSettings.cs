namespace MtdIncomeTax.Hmrc;

/// <summary>Settings of one HMRC API, bound from Hmrc:Apis:{Name}.</summary>
public sealed class HmrcApiSettings
{
    /// <summary>API version sent in the Accept header as application/vnd.hmrc.{Version}+json, e.g. "8.0".</summary>
    public string Version { get; set; } = "";

    /// <summary>
    /// Gov-Test-Scenario sent on every call to this API, such as "STATEFUL"; empty for none. Sent
    /// only when Hmrc:AllowGovTestScenario is true (the sandbox and the emulator).
    /// </summary>
    public string? GovTestScenario { get; set; }
}
