namespace MtdIncomeTax.Hmrc;

/// <summary>Names of the HMRC APIs this software calls, as used in Hmrc:Apis:{Name} settings.</summary>
public static class HmrcApiNames
{
    public const string BusinessDetails = "BusinessDetails";
    public const string Obligations = "Obligations";
    public const string SelfEmploymentBusiness = "SelfEmploymentBusiness";
    public const string PropertyBusiness = "PropertyBusiness";
    public const string IndividualCalculations = "IndividualCalculations";
    public const string IndividualDetails = "IndividualDetails";
    public const string SelfAssessmentTestSupport = "SelfAssessmentTestSupport";
    public const string CreateTestUser = "CreateTestUser";
    public const string TestFraudPreventionHeaders = "TestFraudPreventionHeaders";
    public const string AgentAuthorisation = "AgentAuthorisation";
    public const string AgentAuthorisationTestSupport = "AgentAuthorisationTestSupport";
}
