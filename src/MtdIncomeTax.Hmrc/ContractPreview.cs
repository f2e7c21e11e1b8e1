// Temporary: the shapes of /work/brief/contract.md so the web compiles before the clients branch merges. Deleted at merge.
#pragma warning disable CA1822, CA1054, CA1056, CA1711, CA1720, CA1716, IDE0060, CS1591, CA1036, IDE0005, IDE0011, IDE0046, IDE0055
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc
{
    public sealed record TaxYear : IComparable<TaxYear>
    {
        private TaxYear(int startYear) => StartYear = startYear;
        public int StartYear { get; }
        public string Value => $"{StartYear}-{(StartYear + 1) % 100:00}";
        public DateOnly FirstDay => new(StartYear, 4, 6);
        public DateOnly LastDay => new(StartYear + 1, 4, 5);
        public TaxYear Previous => new(StartYear - 1);
        public TaxYear Next => new(StartYear + 1);
        public static bool TryParse(string? input, [NotNullWhen(true)] out TaxYear? taxYear) { taxYear = null; if (input is not { Length: 7 } || !int.TryParse(input[..4], out var s)) return false; taxYear = new TaxYear(s); return taxYear.Value == input; }
        public static TaxYear Parse(string input) => TryParse(input, out var t) ? t : throw new FormatException();
        public static TaxYear Containing(DateOnly date) => new(date < new DateOnly(date.Year, 4, 6) ? date.Year - 1 : date.Year);
        public int CompareTo(TaxYear? other) => StartYear.CompareTo(other?.StartYear ?? 0);
        public override string ToString() => Value;
    }

    public sealed record BusinessId
    {
        private BusinessId(string value) => Value = value;
        public string Value { get; }
        public static bool TryParse(string? input, [NotNullWhen(true)] out BusinessId? id) { id = input is { Length: 15 } ? new BusinessId(input.Trim().ToUpperInvariant()) : null; return id is not null; }
        public static BusinessId Parse(string input) => TryParse(input, out var id) ? id : throw new FormatException();
        public override string ToString() => Value;
    }

    public sealed record CalculationId
    {
        private CalculationId(string value) => Value = value;
        public string Value { get; }
        public static bool TryParse(string? input, [NotNullWhen(true)] out CalculationId? id) { id = input is { Length: 36 } ? new CalculationId(input) : null; return id is not null; }
        public static CalculationId Parse(string input) => TryParse(input, out var id) ? id : throw new FormatException();
        public override string ToString() => Value;
    }
}

namespace MtdIncomeTax.Hmrc.Api
{
    public sealed class HmrcNoContent { public static HmrcNoContent Instance { get; } = new(); }

    public static class ContractPreviewErrorExtensions
    {
        public static IReadOnlyList<string> PathsOf(this HmrcApiError error) => [];
    }
}

namespace MtdIncomeTax.Hmrc.Api.Obligations
{
    public enum ObligationStatusFilter { Open, Fulfilled }
    public sealed record IncomeAndExpenditureObligationsQuery(string? TypeOfBusiness = null, BusinessId? BusinessId = null, DateOnly? FromDate = null, DateOnly? ToDate = null, ObligationStatusFilter? Status = null);
    public sealed record IncomeAndExpenditureObligations(IReadOnlyList<BusinessObligations> Obligations);
    public sealed record BusinessObligations(string TypeOfBusiness, string BusinessId, IReadOnlyList<ObligationDetail> ObligationDetails);
    public sealed record ObligationDetail(DateOnly PeriodStartDate, DateOnly PeriodEndDate, DateOnly DueDate, string Status, DateOnly? ReceivedDate)
    { public bool IsOpen => Status == "open"; public bool IsFulfilled => Status == "fulfilled"; }
    public sealed record FinalDeclarationObligations(IReadOnlyList<FinalDeclarationObligation> Obligations);
    public sealed record FinalDeclarationObligation(DateOnly PeriodStartDate, DateOnly PeriodEndDate, DateOnly DueDate, string Status, DateOnly? ReceivedDate);
    public sealed class ObligationsClient
    {
        public Task<HmrcApiResult<IncomeAndExpenditureObligations>> RetrieveIncomeAndExpenditureObligationsAsync(Guid connectionId, Nino nino, IncomeAndExpenditureObligationsQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<HmrcApiResult<FinalDeclarationObligations>> RetrieveFinalDeclarationObligationsAsync(Guid connectionId, Nino nino, TaxYear? taxYear, ObligationStatusFilter? status, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

namespace MtdIncomeTax.Hmrc.Api.SelfEmployment
{
    public sealed record PeriodDates(DateOnly PeriodStartDate, DateOnly PeriodEndDate);
    public sealed record SelfEmploymentCumulativeSummary(PeriodDates? PeriodDates, SelfEmploymentPeriodIncome? PeriodIncome, SelfEmploymentPeriodExpenses? PeriodExpenses, SelfEmploymentPeriodDisallowableExpenses? PeriodDisallowableExpenses);
    public sealed record SelfEmploymentPeriodIncome(decimal? Turnover, decimal? Other, decimal? TaxTakenOffTradingIncome);
    public sealed record SelfEmploymentPeriodExpenses
    {
        public decimal? ConsolidatedExpenses { get; init; } public decimal? CostOfGoods { get; init; } public decimal? PaymentsToSubcontractors { get; init; }
        public decimal? WagesAndStaffCosts { get; init; } public decimal? CarVanTravelExpenses { get; init; } public decimal? PremisesRunningCosts { get; init; }
        public decimal? MaintenanceCosts { get; init; } public decimal? AdminCosts { get; init; } public decimal? BusinessEntertainmentCosts { get; init; }
        public decimal? AdvertisingCosts { get; init; } public decimal? InterestOnBankOtherLoans { get; init; } public decimal? FinanceCharges { get; init; }
        public decimal? IrrecoverableDebts { get; init; } public decimal? ProfessionalFees { get; init; } public decimal? Depreciation { get; init; } public decimal? OtherExpenses { get; init; }
    }
    public sealed record SelfEmploymentPeriodDisallowableExpenses
    {
        public decimal? CostOfGoodsDisallowable { get; init; } public decimal? PaymentsToSubcontractorsDisallowable { get; init; }
        public decimal? WagesAndStaffCostsDisallowable { get; init; } public decimal? CarVanTravelExpensesDisallowable { get; init; } public decimal? PremisesRunningCostsDisallowable { get; init; }
        public decimal? MaintenanceCostsDisallowable { get; init; } public decimal? AdminCostsDisallowable { get; init; } public decimal? BusinessEntertainmentCostsDisallowable { get; init; }
        public decimal? AdvertisingCostsDisallowable { get; init; } public decimal? InterestOnBankOtherLoansDisallowable { get; init; } public decimal? FinanceChargesDisallowable { get; init; }
        public decimal? IrrecoverableDebtsDisallowable { get; init; } public decimal? ProfessionalFeesDisallowable { get; init; } public decimal? DepreciationDisallowable { get; init; } public decimal? OtherExpensesDisallowable { get; init; }
    }
    public sealed class SelfEmploymentBusinessClient
    {
        public Task<HmrcApiResult<HmrcNoContent>> CreateOrAmendCumulativePeriodSummaryAsync(Guid connectionId, Nino nino, BusinessId businessId, TaxYear taxYear, SelfEmploymentCumulativeSummary summary, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<HmrcApiResult<SelfEmploymentCumulativeSummary>> RetrieveCumulativePeriodSummaryAsync(Guid connectionId, Nino nino, BusinessId businessId, TaxYear taxYear, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

namespace MtdIncomeTax.Hmrc.Api.Property
{
    public sealed record UkPropertyCumulativeSummary(DateOnly? FromDate, DateOnly? ToDate, UkPropertyCumulative UkProperty);
    public sealed record UkPropertyCumulativeSummaryResponse(DateTimeOffset SubmittedOn, DateOnly FromDate, DateOnly ToDate, UkPropertyCumulative UkProperty);
    public sealed record UkPropertyCumulative(UkPropertyIncome? Income, UkPropertyExpenses? Expenses);
    public sealed record UkPropertyIncome(decimal? PremiumsOfLeaseGrant, decimal? ReversePremiums, decimal? PeriodAmount, decimal? TaxDeducted, decimal? OtherIncome, RentARoomIncome? RentARoom);
    public sealed record RentARoomIncome(decimal? RentsReceived);
    public sealed record UkPropertyExpenses(decimal? PremisesRunningCosts, decimal? RepairsAndMaintenance, decimal? FinancialCosts, decimal? ProfessionalFees, decimal? CostOfServices, decimal? Other, decimal? ResidentialFinancialCost, decimal? TravelCosts, decimal? ResidentialFinancialCostsCarriedForward, RentARoomExpenses? RentARoom, decimal? ConsolidatedExpenses);
    public sealed record RentARoomExpenses(decimal? AmountClaimed);
    public sealed class PropertyBusinessClient
    {
        public Task<HmrcApiResult<HmrcNoContent>> CreateOrAmendUkPropertyCumulativeSummaryAsync(Guid connectionId, Nino nino, BusinessId businessId, TaxYear taxYear, UkPropertyCumulativeSummary summary, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<HmrcApiResult<UkPropertyCumulativeSummaryResponse>> RetrieveUkPropertyCumulativeSummaryAsync(Guid connectionId, Nino nino, BusinessId businessId, TaxYear taxYear, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

namespace MtdIncomeTax.Hmrc.Api.Calculations
{
    public enum CalculationType { InYear, IntentToFinalise, IntentToAmend, FinalDeclaration, ConfirmAmendment }
    public sealed record CalculationTriggered(CalculationId CalculationId);
    public sealed record CalculationList(IReadOnlyList<CalculationListItem> Calculations);
    public sealed record CalculationListItem(string CalculationId, DateTimeOffset CalculationTimestamp, string CalculationType);
    public sealed record Calculation(CalculationMetadata Metadata, CalculationDetail? CalculationDetail, CalculationMessages? Messages);
    public sealed record CalculationMetadata(string CalculationId, string TaxYear, DateTimeOffset CalculationTimestamp, string CalculationType, DateOnly? PeriodFrom, DateOnly? PeriodTo);
    public sealed record CalculationDetail(TaxCalculation? TaxCalculation);
    public sealed record TaxCalculation(IncomeTaxSummary IncomeTax, NicsSummary? Nics, decimal TotalIncomeTaxAndNicsDue);
    public sealed record IncomeTaxSummary(decimal TotalIncomeReceivedFromAllSources, decimal TotalAllowancesAndDeductions, decimal TotalTaxableIncome, decimal IncomeTaxCharged);
    public sealed record NicsSummary(Class4Nics? Class4Nics);
    public sealed record Class4Nics(decimal TotalAmount);
    public sealed record CalculationMessages(IReadOnlyList<CalculationMessage>? Info, IReadOnlyList<CalculationMessage>? Warnings, IReadOnlyList<CalculationMessage>? Errors);
    public sealed record CalculationMessage(string Id, string Text);
    public sealed class IndividualCalculationsClient
    {
        public Task<HmrcApiResult<CalculationTriggered>> TriggerCalculationAsync(Guid connectionId, Nino nino, TaxYear taxYear, CalculationType type, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<HmrcApiResult<Calculation>> RetrieveCalculationAsync(Guid connectionId, Nino nino, TaxYear taxYear, CalculationId calculationId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
