namespace MtdIncomeTax.Hmrc;

/// <summary>Per-API settings, bound from the "Hmrc:Apis" configuration section. Defaults are the versions this software is built against.</summary>
public sealed class HmrcApisOptions
{
    public HmrcApiSettings BusinessDetails { get; set; } = new() { Version = "2.0" };

    public HmrcApiSettings Obligations { get; set; } = new() { Version = "3.0" };

    public HmrcApiSettings SelfEmploymentBusiness { get; set; } = new() { Version = "5.0" };

    public HmrcApiSettings PropertyBusiness { get; set; } = new() { Version = "6.0" };

    /// <summary>Individual Calculations: 8.0 by default, because 9.0 is not yet released in production; 9.0 may be set.</summary>
    public HmrcApiSettings IndividualCalculations { get; set; } = new() { Version = "8.0" };

    public HmrcApiSettings IndividualDetails { get; set; } = new() { Version = "2.0" };

    public HmrcApiSettings SelfAssessmentTestSupport { get; set; } = new() { Version = "1.0" };

    public HmrcApiSettings CreateTestUser { get; set; } = new() { Version = "1.0" };

    /// <summary>Test Fraud Prevention Headers, which HMRC offers in the sandbox only.</summary>
    public HmrcApiSettings TestFraudPreventionHeaders { get; set; } = new() { Version = "1.0" };

    /// <summary>
    /// Agent Authorisation: 2.0 by default; 1.0 may be set. De-authorising a client always sends
    /// 2.0, because version 1.0 has no such endpoint.
    /// </summary>
    public HmrcApiSettings AgentAuthorisation { get; set; } = new() { Version = "2.0" };

    /// <summary>Agent Authorisation Test Support, which HMRC offers in the sandbox only.</summary>
    public HmrcApiSettings AgentAuthorisationTestSupport { get; set; } = new() { Version = "1.0" };

    /// <summary>Every API by its name in <see cref="HmrcApiNames"/>.</summary>
    public IReadOnlyDictionary<string, HmrcApiSettings> All => new Dictionary<string, HmrcApiSettings>
    {
        [HmrcApiNames.BusinessDetails] = BusinessDetails,
        [HmrcApiNames.Obligations] = Obligations,
        [HmrcApiNames.SelfEmploymentBusiness] = SelfEmploymentBusiness,
        [HmrcApiNames.PropertyBusiness] = PropertyBusiness,
        [HmrcApiNames.IndividualCalculations] = IndividualCalculations,
        [HmrcApiNames.IndividualDetails] = IndividualDetails,
        [HmrcApiNames.SelfAssessmentTestSupport] = SelfAssessmentTestSupport,
        [HmrcApiNames.CreateTestUser] = CreateTestUser,
        [HmrcApiNames.TestFraudPreventionHeaders] = TestFraudPreventionHeaders,
        [HmrcApiNames.AgentAuthorisation] = AgentAuthorisation,
        [HmrcApiNames.AgentAuthorisationTestSupport] = AgentAuthorisationTestSupport,
    };

    public HmrcApiSettings For(string apiName) =>
        All.TryGetValue(apiName, out var settings)
            ? settings
            : throw new ArgumentException($"'{apiName}' is not an HMRC API name; use one of {string.Join(", ", All.Keys)}.", nameof(apiName));
}
