using System.Net;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.TestSupport;

/// <summary>
/// Typed client for HMRC's Self Assessment Test Support (MTD) API 1.0, which exists only in the
/// sandbox: it creates the test businesses and ITSA statuses that stateful scenarios need.
/// </summary>
public sealed class SelfAssessmentTestSupportClient(HttpClient httpClient, ILogger<SelfAssessmentTestSupportClient> logger)
{
    private static readonly HmrcOperation CreateBusiness = HmrcOperation.Post(
        "/individuals/self-assessment-test-support/business/{nino}", HttpStatusCode.Created);

    private static readonly HmrcOperation DeleteBusiness = HmrcOperation.Delete(
        "/individuals/self-assessment-test-support/business/{nino}/{businessId}");

    private static readonly HmrcOperation CreateItsaStatus = HmrcOperation.Post(
        "/individuals/self-assessment-test-support/itsa-status/{nino}/{taxYear}", HttpStatusCode.NoContent);

    private static readonly HmrcOperation DeleteVendorState = HmrcOperation.Delete(
        "/individuals/self-assessment-test-support/vendor-state");

    public Task<HmrcApiResult<TestBusinessCreated>> CreateTestBusinessAsync(
        Guid connectionId, Nino nino, TestBusiness business, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.Escaped($"individuals/self-assessment-test-support/business/{nino.Value}");
        return HmrcApiCall.SendAsync<TestBusinessCreated>(httpClient, logger, CreateBusiness, connectionId, path, business, cancellationToken);
    }

    public Task<HmrcApiResult<HmrcNoContent>> DeleteTestBusinessAsync(
        Guid connectionId, Nino nino, BusinessId businessId, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.Escaped($"individuals/self-assessment-test-support/business/{nino.Value}/{businessId.Value}");
        return HmrcApiCall.SendAsync<HmrcNoContent>(httpClient, logger, DeleteBusiness, connectionId, path, null, cancellationToken);
    }

    /// <summary>Creates or replaces the test ITSA status of a tax year, for example "Annual" for annual-only updates.</summary>
    public Task<HmrcApiResult<HmrcNoContent>> CreateItsaStatusAsync(
        Guid connectionId, Nino nino, TaxYear taxYear, TestItsaStatus status, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.Escaped($"individuals/self-assessment-test-support/itsa-status/{nino.Value}/{taxYear.Value}");
        return HmrcApiCall.SendAsync<HmrcNoContent>(httpClient, logger, CreateItsaStatus, connectionId, path, status, cancellationToken);
    }

    /// <summary>Deletes the stateful test data this application stored, only that of one NINO when given.</summary>
    public Task<HmrcApiResult<HmrcNoContent>> DeleteVendorStateAsync(
        Guid connectionId, Nino? nino, CancellationToken cancellationToken)
    {
        var path = HmrcApiPath.WithQuery("individuals/self-assessment-test-support/vendor-state", ("nino", nino?.Value));
        return HmrcApiCall.SendAsync<HmrcNoContent>(httpClient, logger, DeleteVendorState, connectionId, path, null, cancellationToken);
    }
}
