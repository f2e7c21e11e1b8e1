namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>The building: a postcode and at least one of name or number (HMRC: RULE_BUILDING_NAME_NUMBER).</summary>
public sealed record StructuredBuildingAllowanceBuilding(string Postcode, string? Name = null, string? Number = null);
