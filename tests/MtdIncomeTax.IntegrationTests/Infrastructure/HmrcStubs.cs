using Microsoft.AspNetCore.WebUtilities;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.Infrastructure;

/// <summary>HMRC responses as WireMock stubs, with values shaped like HMRC's own.</summary>
public static class HmrcStubs
{
    public const string AccessToken = "9f3c2e51b7a84d0c9e6a1f2b3c4d5e6f";
    public const string RefreshToken = "2b7e8a61c0d94f3a8e5b7c6d1a2f3e4d";
    public const string CorrelationId = "c75f40a6-a3df-4429-a697-471eeec46435";

    public static void TokenEndpointIssues(this WireMockServer hmrc, string accessToken = AccessToken, string refreshToken = RefreshToken) =>
        hmrc.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithBodyAsJson(new
                {
                    access_token = accessToken,
                    token_type = "bearer",
                    expires_in = 14400,
                    refresh_token = refreshToken,
                    scope = "read:self-assessment write:self-assessment",
                }));

    public static void TokenEndpointFails(this WireMockServer hmrc, int status, string error, TimeSpan? delay = null)
    {
        var response = Response.Create()
            .WithStatusCode(status)
            .WithHeader("Content-Type", "application/json")
            .WithBodyAsJson(new { error, error_description = "described by the stub" });

        hmrc.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(delay is null ? response : response.WithDelay(delay.Value));
    }

    public static void BusinessesListed(this WireMockServer hmrc, string nino, string accessToken = AccessToken) =>
        hmrc.Given(Request.Create()
                .WithPath($"/individuals/business/details/{nino}/list")
                .WithHeader("Accept", "application/vnd.hmrc.2.0+json")
                .WithHeader("Authorization", $"Bearer {accessToken}")
                .UsingGet())
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("X-CorrelationId", CorrelationId)
                .WithBodyAsJson(new
                {
                    listOfBusinesses = new object[]
                    {
                        new { typeOfBusiness = "self-employment", businessId = "XAIS12345678901", tradingType = "Plastering", tradingName = "Sam's Plastering" },
                        new { typeOfBusiness = "uk-property", businessId = "XPIS12345678902" },
                    },
                }));

    public static void BusinessesForbidden(this WireMockServer hmrc, string nino) =>
        hmrc.Given(Request.Create().WithPath($"/individuals/business/details/{nino}/list").UsingGet())
            .RespondWith(Response.Create()
                .WithStatusCode(403)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("X-CorrelationId", CorrelationId)
                .WithBodyAsJson(new { code = "CLIENT_OR_AGENT_NOT_AUTHORISED", message = "The client or agent is not authorised" }));

    public static IReadOnlyList<ILogEntry> TokenRequests(this WireMockServer hmrc) =>
        hmrc.LogEntries.Where(entry => entry.RequestMessage.Path == "/oauth/token").ToList();

    public static Dictionary<string, string> FormOf(ILogEntry entry) =>
        QueryHelpers.ParseQuery(entry.RequestMessage.Body).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
}
