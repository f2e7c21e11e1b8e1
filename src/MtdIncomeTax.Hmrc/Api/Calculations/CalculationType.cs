namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>Kinds of tax calculation, sent in HMRC's kebab-case such as "in-year".</summary>
public enum CalculationType
{
    InYear,
    IntentToFinalise,
    IntentToAmend,
    FinalDeclaration,
    ConfirmAmendment,
}
