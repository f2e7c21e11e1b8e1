using System.Net;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc.Api.TestSupport;

/// <summary>
/// Typed client for HMRC's Create Test User API 1.0 (sandbox only). Its endpoints are
/// application-restricted: they take the application's own token, not a person's connection.
/// </summary>
public sealed class CreateTestUserClient(HttpClient httpClient, ILogger<CreateTestUserClient> logger)
{
    public const string MtdIncomeTaxService = "mtd-income-tax";
    public const string AgentServicesService = "agent-services";

    private static readonly HmrcOperation CreateIndividual = HmrcOperation.Post("/create-test-user/individuals", HttpStatusCode.Created);
    private static readonly HmrcOperation CreateAgent = HmrcOperation.Post("/create-test-user/agents", HttpStatusCode.Created);

    /// <summary>Creates a test individual enrolled in the services named, such as "mtd-income-tax".</summary>
    public Task<HmrcApiResult<TestIndividual>> CreateIndividualAsync(
        IReadOnlyList<string> serviceNames, CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<TestIndividual>(
            httpClient, logger, CreateIndividual, null, "create-test-user/individuals", new TestUserRequest(serviceNames), cancellationToken);

    /// <summary>Creates a test agent enrolled in the services named, usually "agent-services".</summary>
    public Task<HmrcApiResult<TestAgent>> CreateAgentAsync(
        IReadOnlyList<string> serviceNames, CancellationToken cancellationToken) =>
        HmrcApiCall.SendAsync<TestAgent>(
            httpClient, logger, CreateAgent, null, "create-test-user/agents", new TestUserRequest(serviceNames), cancellationToken);
}
