namespace MtdIncomeTax.Hmrc;

/// <summary>Fixed values of HMRC's API platform.</summary>
public static class HmrcDefaults
{
    public const string ReadSelfAssessment = "read:self-assessment";
    public const string WriteSelfAssessment = "write:self-assessment";
    public const string BusinessScopes = ReadSelfAssessment + " " + WriteSelfAssessment;

    /// <summary>HMRC ends a grant 18 months after the person grants authority; the platform counts 547 days.</summary>
    public static readonly TimeSpan GrantLifetime = TimeSpan.FromDays(547);

    /// <summary>Response header HMRC sets on every Income Tax API response, quoted in support cases.</summary>
    public const string CorrelationIdHeader = "X-CorrelationId";

    public const string TokenClientName = "HmrcToken";
}
