using MtdIncomeTax.ContractTests.Specs;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Hmrc.Api.Calculations;
using MtdIncomeTax.Hmrc.Api.IndividualDetails;
using MtdIncomeTax.Hmrc.Api.Obligations;
using MtdIncomeTax.Hmrc.Api.Property;
using MtdIncomeTax.Hmrc.Api.SelfEmployment;
using MtdIncomeTax.Hmrc.Api.TestSupport;

namespace MtdIncomeTax.ContractTests.Clients;

/// <summary>
/// Every client operation with typical values. Individual Details has no spec in the copied
/// folders, so its operation carries no spec folder.
/// </summary>
public static class ClientCalls
{
    public static readonly Nino Nino = Nino.Parse("AA123456A");
    public static readonly BusinessId SelfEmployment = BusinessId.Parse("XAIS12345678901");
    public static readonly BusinessId UkProperty = BusinessId.Parse("XPIS12345678902");
    public static readonly TaxYear TaxYear = TaxYear.Parse("2025-26");
    public static readonly CalculationId CalculationId = CalculationId.Parse("f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c");

    private static readonly Guid Connection = ClientHost.ConnectionId;

    public static IReadOnlyList<ClientCall> All { get; } =
    [
        new("ListAllBusinesses", ApiSpec.BusinessDetails, "GET", "/individuals/business/details/{nino}/list", HmrcApiNames.BusinessDetails,
            async (host, ct) => CallOutcome.Of(await host.Client<BusinessDetailsClient>().ListAllBusinessesAsync(Connection, Nino, ct))),
        new("RetrieveBusinessDetails", ApiSpec.BusinessDetails, "GET", "/individuals/business/details/{nino}/{businessId}", HmrcApiNames.BusinessDetails,
            async (host, ct) => CallOutcome.Of(await host.Client<BusinessDetailsClient>().RetrieveBusinessDetailsAsync(Connection, Nino, SelfEmployment, ct))),
        new("RetrieveIncomeAndExpenditureObligations", ApiSpec.Obligations, "GET", "/obligations/details/{nino}/income-and-expenditure", HmrcApiNames.Obligations,
            async (host, ct) => CallOutcome.Of(await host.Client<ObligationsClient>().RetrieveIncomeAndExpenditureObligationsAsync(
                Connection, Nino, new IncomeAndExpenditureObligationsQuery("self-employment", SelfEmployment, new DateOnly(2025, 4, 6), new DateOnly(2026, 4, 5), ObligationStatusFilter.Open), ct))),
        new("RetrieveIncomeAndExpenditureObligationsUnfiltered", ApiSpec.Obligations, "GET", "/obligations/details/{nino}/income-and-expenditure", HmrcApiNames.Obligations,
            async (host, ct) => CallOutcome.Of(await host.Client<ObligationsClient>().RetrieveIncomeAndExpenditureObligationsAsync(
                Connection, Nino, new IncomeAndExpenditureObligationsQuery(), ct))),
        new("RetrieveFinalDeclarationObligations", ApiSpec.Obligations, "GET", "/obligations/details/{nino}/crystallisation", HmrcApiNames.Obligations,
            async (host, ct) => CallOutcome.Of(await host.Client<ObligationsClient>().RetrieveFinalDeclarationObligationsAsync(
                Connection, Nino, TaxYear, ObligationStatusFilter.Fulfilled, ct))),
        new("CreateOrAmendSelfEmploymentCumulative", ApiSpec.SelfEmploymentBusiness, "PUT", "/individuals/business/self-employment/{nino}/{businessId}/cumulative/{taxYear}", HmrcApiNames.SelfEmploymentBusiness,
            async (host, ct) => CallOutcome.Of(await host.Client<SelfEmploymentBusinessClient>().CreateOrAmendCumulativePeriodSummaryAsync(
                Connection, Nino, SelfEmployment, TaxYear, Samples.ItemisedSelfEmploymentSummary, ct))),
        new("CreateOrAmendSelfEmploymentCumulativeConsolidated", ApiSpec.SelfEmploymentBusiness, "PUT", "/individuals/business/self-employment/{nino}/{businessId}/cumulative/{taxYear}", HmrcApiNames.SelfEmploymentBusiness,
            async (host, ct) => CallOutcome.Of(await host.Client<SelfEmploymentBusinessClient>().CreateOrAmendCumulativePeriodSummaryAsync(
                Connection, Nino, SelfEmployment, TaxYear, Samples.ConsolidatedSelfEmploymentSummary, ct))),
        new("RetrieveSelfEmploymentCumulative", ApiSpec.SelfEmploymentBusiness, "GET", "/individuals/business/self-employment/{nino}/{businessId}/cumulative/{taxYear}", HmrcApiNames.SelfEmploymentBusiness,
            async (host, ct) => CallOutcome.Of(await host.Client<SelfEmploymentBusinessClient>().RetrieveCumulativePeriodSummaryAsync(Connection, Nino, SelfEmployment, TaxYear, ct))),
        new("CreateOrAmendSelfEmploymentAnnual", ApiSpec.SelfEmploymentBusiness, "PUT", "/individuals/business/self-employment/{nino}/{businessId}/annual/{taxYear}", HmrcApiNames.SelfEmploymentBusiness,
            async (host, ct) => CallOutcome.Of(await host.Client<SelfEmploymentBusinessClient>().CreateOrAmendAnnualSubmissionAsync(
                Connection, Nino, SelfEmployment, TaxYear, Samples.AnnualSubmission, ct))),
        new("RetrieveSelfEmploymentAnnual", ApiSpec.SelfEmploymentBusiness, "GET", "/individuals/business/self-employment/{nino}/{businessId}/annual/{taxYear}", HmrcApiNames.SelfEmploymentBusiness,
            async (host, ct) => CallOutcome.Of(await host.Client<SelfEmploymentBusinessClient>().RetrieveAnnualSubmissionAsync(Connection, Nino, SelfEmployment, TaxYear, ct))),
        new("CreateOrAmendUkPropertyCumulative", ApiSpec.PropertyBusiness, "PUT", "/individuals/business/property/uk/{nino}/{businessId}/cumulative/{taxYear}", HmrcApiNames.PropertyBusiness,
            async (host, ct) => CallOutcome.Of(await host.Client<PropertyBusinessClient>().CreateOrAmendUkPropertyCumulativeSummaryAsync(
                Connection, Nino, UkProperty, TaxYear, Samples.UkPropertySummary, ct))),
        new("RetrieveUkPropertyCumulative", ApiSpec.PropertyBusiness, "GET", "/individuals/business/property/uk/{nino}/{businessId}/cumulative/{taxYear}", HmrcApiNames.PropertyBusiness,
            async (host, ct) => CallOutcome.Of(await host.Client<PropertyBusinessClient>().RetrieveUkPropertyCumulativeSummaryAsync(Connection, Nino, UkProperty, TaxYear, ct))),
        new("TriggerCalculation", ApiSpec.IndividualCalculations, "POST", "/individuals/calculations/{nino}/self-assessment/{taxYear}/trigger/{calculationType}", HmrcApiNames.IndividualCalculations,
            async (host, ct) => CallOutcome.Of(await host.Client<IndividualCalculationsClient>().TriggerCalculationAsync(Connection, Nino, TaxYear, CalculationType.IntentToFinalise, ct))),
        new("ListCalculations", ApiSpec.IndividualCalculations, "GET", "/individuals/calculations/{nino}/self-assessment/{taxYear}", HmrcApiNames.IndividualCalculations,
            async (host, ct) => CallOutcome.Of(await host.Client<IndividualCalculationsClient>().ListCalculationsAsync(Connection, Nino, TaxYear, CalculationType.InYear, ct))),
        new("RetrieveCalculation", ApiSpec.IndividualCalculations, "GET", "/individuals/calculations/{nino}/self-assessment/{taxYear}/{calculationId}", HmrcApiNames.IndividualCalculations,
            async (host, ct) => CallOutcome.Of(await host.Client<IndividualCalculationsClient>().RetrieveCalculationAsync(Connection, Nino, TaxYear, CalculationId, ct))),
        new("SubmitFinalDeclaration", ApiSpec.IndividualCalculations, "POST", "/individuals/calculations/{nino}/self-assessment/{taxYear}/{calculationId}/{calculationType}", HmrcApiNames.IndividualCalculations,
            async (host, ct) => CallOutcome.Of(await host.Client<IndividualCalculationsClient>().SubmitFinalDeclarationAsync(
                Connection, Nino, TaxYear, CalculationId, FinalDeclarationType.FinalDeclaration, ct))),
        new("RetrieveItsaStatus", "", "GET", "/individuals/person/itsa-status/{nino}/{taxYear}", HmrcApiNames.IndividualDetails,
            async (host, ct) => CallOutcome.Of(await host.Client<IndividualDetailsClient>().RetrieveItsaStatusAsync(Connection, Nino, TaxYear, true, false, ct))),
        new("CreateTestBusiness", ApiSpec.SelfAssessmentTestSupport, "POST", "/individuals/self-assessment-test-support/business/{nino}", HmrcApiNames.SelfAssessmentTestSupport,
            async (host, ct) => CallOutcome.Of(await host.Client<SelfAssessmentTestSupportClient>().CreateTestBusinessAsync(Connection, Nino, Samples.TestSelfEmployment, ct))),
        new("DeleteTestBusiness", ApiSpec.SelfAssessmentTestSupport, "DELETE", "/individuals/self-assessment-test-support/business/{nino}/{businessId}", HmrcApiNames.SelfAssessmentTestSupport,
            async (host, ct) => CallOutcome.Of(await host.Client<SelfAssessmentTestSupportClient>().DeleteTestBusinessAsync(Connection, Nino, SelfEmployment, ct))),
        new("CreateItsaStatus", ApiSpec.SelfAssessmentTestSupport, "POST", "/individuals/self-assessment-test-support/itsa-status/{nino}/{taxYear}", HmrcApiNames.SelfAssessmentTestSupport,
            async (host, ct) => CallOutcome.Of(await host.Client<SelfAssessmentTestSupportClient>().CreateItsaStatusAsync(Connection, Nino, TaxYear, Samples.ItsaStatus, ct))),
        new("DeleteVendorState", ApiSpec.SelfAssessmentTestSupport, "DELETE", "/individuals/self-assessment-test-support/vendor-state", HmrcApiNames.SelfAssessmentTestSupport,
            async (host, ct) => CallOutcome.Of(await host.Client<SelfAssessmentTestSupportClient>().DeleteVendorStateAsync(Connection, Nino, ct))),
        new("CreateTestIndividual", ApiSpec.CreateTestUser, "POST", "/create-test-user/individuals", HmrcApiNames.CreateTestUser,
            async (host, ct) => CallOutcome.Of(await host.Client<CreateTestUserClient>().CreateIndividualAsync([CreateTestUserClient.MtdIncomeTaxService], ct))),
        new("CreateTestAgent", ApiSpec.CreateTestUser, "POST", "/create-test-user/agents", HmrcApiNames.CreateTestUser,
            async (host, ct) => CallOutcome.Of(await host.Client<CreateTestUserClient>().CreateAgentAsync([CreateTestUserClient.AgentServicesService], ct))),
    ];

    public static ClientCall Named(string name) => All.Single(call => call.Name == name);

    public static TheoryData<string> Names(Func<ClientCall, bool>? filter = null) =>
        new(All.Where(filter ?? (_ => true)).Select(call => call.Name));
}
