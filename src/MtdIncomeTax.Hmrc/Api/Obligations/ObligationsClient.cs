using System.Globalization;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.Hmrc.Api.Obligations;

/// <summary>
/// Typed client for HMRC's Obligations (MTD) API, version 3.0 by default. When nothing matches,
/// HMRC returns 404 NO_OBLIGATIONS_FOUND, which comes back as an error for the caller to read as "none".
/// </summary>
public sealed class ObligationsClient(HttpClient httpClient, ILogger<ObligationsClient> logger)
{
    public const string NoObligationsFound = "NO_OBLIGATIONS_FOUND";

    private static readonly HmrcOperation IncomeAndExpenditure = HmrcOperation.Get("/obligations/details/{nino}/income-and-expenditure");
    private static readonly HmrcOperation FinalDeclaration = HmrcOperation.Get("/obligations/details/{nino}/crystallisation");

    /// <summary>Retrieves the quarterly update obligations of the person's businesses, filtered by the query.</summary>
    public Task<HmrcApiResult<IncomeAndExpenditureObligations>> RetrieveIncomeAndExpenditureObligationsAsync(
        Guid connectionId, Nino nino, IncomeAndExpenditureObligationsQuery query, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.WithQuery(
            HmrcApiPath.Escaped($"obligations/details/{nino.Value}/income-and-expenditure"),
            ("typeOfBusiness", query.TypeOfBusiness),
            ("businessId", query.BusinessId?.Value),
            ("fromDate", DateOf(query.FromDate)),
            ("toDate", DateOf(query.ToDate)),
            ("status", StatusOf(query.Status)));
        return HmrcApiCall.SendAsync<IncomeAndExpenditureObligations>(
            httpClient, logger, IncomeAndExpenditure, connectionId, path, null, cancellationToken);
    }

    /// <summary>
    /// Retrieves the final declaration obligations. Without a tax year HMRC returns those from four
    /// tax years before the current one up to the current one.
    /// </summary>
    public Task<HmrcApiResult<FinalDeclarationObligations>> RetrieveFinalDeclarationObligationsAsync(
        Guid connectionId, Nino nino, TaxYear? taxYear, ObligationStatusFilter? status, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.WithQuery(
            HmrcApiPath.Escaped($"obligations/details/{nino.Value}/crystallisation"),
            ("taxYear", taxYear?.Value),
            ("status", StatusOf(status)));
        return HmrcApiCall.SendAsync<FinalDeclarationObligations>(
            httpClient, logger, FinalDeclaration, connectionId, path, null, cancellationToken);
    }

    private static string? DateOf(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? StatusOf(ObligationStatusFilter? status) => status is { } value ? HmrcJson.WireValue(value) : null;
}
