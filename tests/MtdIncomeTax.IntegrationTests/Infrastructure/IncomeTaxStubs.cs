using MtdIncomeTax.Hmrc;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.Infrastructure;

/// <summary>Income Tax API responses as WireMock stubs: obligations, cumulative updates and calculations.</summary>
public static class IncomeTaxStubs
{
    public const string SamNino = "AA123456A";
    public const string SelfEmploymentId = "XAIS12345678901";
    public const string PropertyId = "XPIS12345678902";
    public const string SampleCalculationId = "f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c";

    public static string SelfEmploymentPath(TaxYear taxYear) =>
        $"/individuals/business/self-employment/{SamNino}/{SelfEmploymentId}/cumulative/{taxYear}";

    /// <summary>
    /// The quarters of a tax year for both of Sam's businesses: the first received, the rest open,
    /// due on the 7th of the month after each quarter ends.
    /// </summary>
    public static void ObligationsListed(this WireMockServer hmrc, TaxYear taxYear)
    {
        object Quarter(int index) => new
        {
            periodStartDate = Iso(taxYear.FirstDay),
            periodEndDate = Iso(QuarterEnd(taxYear, index)),
            dueDate = Iso(QuarterEnd(taxYear, index).AddMonths(1).AddDays(2)),
            status = index == 0 ? "fulfilled" : "open",
            receivedDate = index == 0 ? Iso(QuarterEnd(taxYear, 0).AddDays(20)) : null,
        };

        Json(hmrc, Request.Create().WithPath($"/obligations/details/{SamNino}/income-and-expenditure").UsingGet(), 200, new
        {
            obligations = new object[]
            {
                new { typeOfBusiness = "self-employment", businessId = SelfEmploymentId, obligationDetails = Enumerable.Range(0, 4).Select(Quarter).ToArray() },
                new { typeOfBusiness = "uk-property", businessId = PropertyId, obligationDetails = Enumerable.Range(1, 3).Select(Quarter).ToArray() },
            },
        });
        Json(hmrc, Request.Create().WithPath($"/obligations/details/{SamNino}/crystallisation").UsingGet(), 200, new
        {
            obligations = new[]
            {
                new { periodStartDate = Iso(taxYear.FirstDay), periodEndDate = Iso(taxYear.LastDay), dueDate = Iso(new DateOnly(taxYear.StartYear + 2, 1, 31)), status = "open" },
            },
        });
    }

    public static DateOnly QuarterEnd(TaxYear taxYear, int index) => taxYear.FirstDay.AddMonths(3 * (index + 1)).AddDays(-1);

    public static void SelfEmploymentUpdateAccepted(this WireMockServer hmrc, TaxYear taxYear) =>
        hmrc.Given(Request.Create().WithPath(SelfEmploymentPath(taxYear)).UsingPut())
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("X-CorrelationId", HmrcStubs.CorrelationId));

    public static void SelfEmploymentUpdateAnswers(this WireMockServer hmrc, TaxYear taxYear, int status, object body, TimeSpan? delay = null)
    {
        var response = Response.Create()
            .WithStatusCode(status)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-CorrelationId", HmrcStubs.CorrelationId)
            .WithBodyAsJson(body);
        hmrc.Given(Request.Create().WithPath(SelfEmploymentPath(taxYear)).UsingPut())
            .RespondWith(delay is null ? response : response.WithDelay(delay.Value));
    }

    public static void SelfEmploymentUpdateHeld(this WireMockServer hmrc, TaxYear taxYear, object body) =>
        Json(hmrc, Request.Create().WithPath(SelfEmploymentPath(taxYear)).UsingGet(), 200, body);

    public static void SelfEmploymentUpdateNotHeld(this WireMockServer hmrc, TaxYear taxYear) =>
        Json(hmrc, Request.Create().WithPath(SelfEmploymentPath(taxYear)).UsingGet(), 404,
            new { code = "MATCHING_RESOURCE_NOT_FOUND", message = "Matching resource not found" });

    public static IReadOnlyList<ILogEntry> Puts(this WireMockServer hmrc, string path) =>
        hmrc.LogEntries.Where(entry => entry.RequestMessage.Path == path && entry.RequestMessage.Method == "PUT").ToList();

    public static void CalculationTriggered(this WireMockServer hmrc, TaxYear taxYear, string nino = SamNino) =>
        CalculationTriggerAnswers(hmrc, taxYear, 202, new { calculationId = SampleCalculationId }, nino);

    public static void CalculationTriggerAnswers(this WireMockServer hmrc, TaxYear taxYear, int status, object body, string nino = SamNino) =>
        Json(hmrc, Request.Create().WithPath($"/individuals/calculations/{nino}/self-assessment/{taxYear}/trigger/in-year").UsingPost(), status, body);

    public static void CalculationAnswers(this WireMockServer hmrc, TaxYear taxYear, int status, object body, string nino = SamNino) =>
        Json(hmrc, Request.Create().WithPath($"/individuals/calculations/{nino}/self-assessment/{taxYear}/{SampleCalculationId}").UsingGet(), status, body);

    /// <summary>A finished in-year calculation: £3,660.80 due, with one information message.</summary>
    public static object SampleCalculation(TaxYear taxYear) => new
    {
        metadata = new
        {
            calculationId = SampleCalculationId,
            taxYear = taxYear.Value,
            requestedBy = "customer",
            calculationReason = "customerRequest",
            calculationTimestamp = "2026-11-15T09:35:15.094Z",
            calculationType = "inYear",
            intentToSubmitFinalDeclaration = false,
            finalDeclaration = false,
            periodFrom = Iso(taxYear.FirstDay),
            periodTo = Iso(taxYear.FirstDay.AddMonths(3).AddDays(-1)),
        },
        inputs = new { },
        calculation = new
        {
            taxCalculation = new
            {
                incomeTax = new
                {
                    totalIncomeReceivedFromAllSources = 26650m,
                    totalAllowancesAndDeductions = 12570m,
                    totalTaxableIncome = 14080m,
                    incomeTaxCharged = 2816m,
                },
                nics = new { class4Nics = new { totalAmount = 844.80m } },
                totalIncomeTaxAndNicsDue = 3660.80m,
            },
        },
        messages = new
        {
            info = new[] { new { id = "C22211", text = "Your Class 2 National Insurance contributions are voluntary" } },
        },
    };

    public static void Json(WireMockServer hmrc, IRequestBuilder request, int status, object body) =>
        hmrc.Given(request)
            .RespondWith(Response.Create()
                .WithStatusCode(status)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("X-CorrelationId", HmrcStubs.CorrelationId)
                .WithBodyAsJson(body));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
