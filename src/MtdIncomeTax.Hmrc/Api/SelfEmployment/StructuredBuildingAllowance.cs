namespace MtdIncomeTax.Hmrc.Api.SelfEmployment;

/// <summary>A structures and buildings allowance claim for one building; FirstYear only in the year of first claim.</summary>
public sealed record StructuredBuildingAllowance(decimal Amount, StructuredBuildingAllowanceBuilding Building)
{
    public StructuredBuildingAllowanceFirstYear? FirstYear { get; init; }
}
