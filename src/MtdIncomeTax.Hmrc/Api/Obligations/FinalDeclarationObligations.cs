namespace MtdIncomeTax.Hmrc.Api.Obligations;

/// <summary>Response of Obligations 3.0 Retrieve Final Declaration ("crystallisation") Obligations.</summary>
public sealed record FinalDeclarationObligations(IReadOnlyList<FinalDeclarationObligation> Obligations);
