namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>What a final declaration submits: "final-declaration", or "confirm-amendment" from 2025-26.</summary>
public enum FinalDeclarationType
{
    FinalDeclaration,
    ConfirmAmendment,
}
