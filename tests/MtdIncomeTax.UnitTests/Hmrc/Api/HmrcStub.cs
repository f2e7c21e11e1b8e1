using WireMock.Server;

namespace MtdIncomeTax.UnitTests.Hmrc.Api;

/// <summary>A WireMock server standing in for HMRC, with its token endpoint ready for the application's own token.</summary>
public static class HmrcStub
{
    public static string BaseAddressOf(WireMockServer server) => server.Url!.TrimEnd('/') + "/";

    public static void IssuesApplicationTokens(this WireMockServer server) =>
        server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200)
                .WithBodyAsJson(new { access_token = "application-access-token", token_type = "bearer", expires_in = 14400 }));
}
