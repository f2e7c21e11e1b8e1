namespace MtdIncomeTax.Hmrc.Api.Property;

/// <summary>
/// UK property expenses in pounds: either ConsolidatedExpenses or the itemised amounts, not both
/// (HMRC: RULE_BOTH_EXPENSES_SUPPLIED). Itemised amounts may be negative; the residential finance
/// cost fields are 0 or more.
/// </summary>
public sealed record UkPropertyExpenses(
    decimal? PremisesRunningCosts = null,
    decimal? RepairsAndMaintenance = null,
    decimal? FinancialCosts = null,
    decimal? ProfessionalFees = null,
    decimal? CostOfServices = null,
    decimal? Other = null,
    decimal? ResidentialFinancialCost = null,
    decimal? TravelCosts = null,
    decimal? ResidentialFinancialCostsCarriedForward = null,
    RentARoomExpenses? RentARoom = null,
    decimal? ConsolidatedExpenses = null);
