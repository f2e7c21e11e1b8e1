using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Tests;

public sealed class TestSupportTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Issued_secrets_lists_every_code_and_token()
    {
        var hmrc = new Hmrc(fixture.Host);
        var code = await hmrc.GetCodeAsync();
        var tokens = await (await hmrc.ExchangeCodeAsync(code)).Content.ReadFromJsonAsync<JsonElement>();

        var secrets = await hmrc.Client.GetFromJsonAsync<JsonElement>("/test-support/issued-secrets");

        Assert.Contains(code, Values(secrets, "authorizationCodes"));
        Assert.Contains(tokens.GetProperty("access_token").GetString(), Values(secrets, "accessTokens"));
        Assert.Contains(tokens.GetProperty("refresh_token").GetString(), Values(secrets, "refreshTokens"));
    }

    [Fact]
    public async Task Test_support_is_not_found_outside_test_mode()
    {
        await using var host = await EmulatorHost.StartAsync(
            new Dictionary<string, string?> { ["Emulator:TestMode"] = "false" });
        using var client = host.CreateClient();

        var response = await client.GetAsync("/test-support/issued-secrets");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static List<string?> Values(JsonElement secrets, string name) =>
        secrets.GetProperty(name).EnumerateArray().Select(value => value.GetString()).ToList();
}
