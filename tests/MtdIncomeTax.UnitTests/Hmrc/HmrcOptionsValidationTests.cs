using Microsoft.Extensions.Options;
using MtdIncomeTax.ContractTests.Clients;
using MtdIncomeTax.Hmrc;

namespace MtdIncomeTax.UnitTests.Hmrc;

public sealed class HmrcOptionsValidationTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        using var host = new ClientHost("https://test-api.service.hmrc.gov.uk/");

        var apis = host.Client<IOptions<HmrcApisOptions>>().Value;

        Assert.False(host.Client<IOptions<HmrcOptions>>().Value.AllowGovTestScenario);
        Assert.Equal("2.0", apis.BusinessDetails.Version);
        Assert.Equal("3.0", apis.Obligations.Version);
        Assert.Equal("5.0", apis.SelfEmploymentBusiness.Version);
        Assert.Equal("6.0", apis.PropertyBusiness.Version);
        Assert.Equal("8.0", apis.IndividualCalculations.Version);
        Assert.Equal("2.0", apis.IndividualDetails.Version);
        Assert.Equal("1.0", apis.SelfAssessmentTestSupport.Version);
        Assert.Equal("1.0", apis.CreateTestUser.Version);
        Assert.Equal("2.0", apis.AgentAuthorisation.Version);
        Assert.Equal("1.0", apis.AgentAuthorisationTestSupport.Version);
    }

    [Fact]
    public void Agent_scopes_default_to_all_seven()
    {
        using var host = new ClientHost("https://test-api.service.hmrc.gov.uk/");

        var scopes = host.Client<IOptions<HmrcOptions>>().Value.AgentScopes.Split(' ');

        Assert.Equal(
            [
                "read:self-assessment", "write:self-assessment", "read:sent-invitations", "write:sent-invitations",
                "write:cancel-invitations", "read:check-relationship", "write:relationships",
            ],
            scopes);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("1.1")]
    public void Agent_version_HMRC_does_not_serve_is_rejected(string version)
    {
        using var host = new ClientHost("https://test-api.service.hmrc.gov.uk/", settings: new Dictionary<string, string?>
        {
            ["Hmrc:Apis:AgentAuthorisation:Version"] = version,
        });

        var exception = Assert.Throws<OptionsValidationException>(() => host.Client<IOptions<HmrcOptions>>().Value);

        Assert.Contains($"Hmrc:Apis:AgentAuthorisation:Version '{version}' is not a version HMRC serves; set 1.0 or 2.0.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Agent_version_1_0_is_allowed()
    {
        using var host = new ClientHost("https://test-api.service.hmrc.gov.uk/", settings: new Dictionary<string, string?>
        {
            ["Hmrc:Apis:AgentAuthorisation:Version"] = "1.0",
        });

        Assert.Equal("1.0", host.Client<IOptions<HmrcApisOptions>>().Value.AgentAuthorisation.Version);
        Assert.NotNull(host.Client<IOptions<HmrcOptions>>().Value);
    }

    [Theory]
    [InlineData("v9")]
    [InlineData("9")]
    [InlineData("9.0.1")]
    [InlineData("")]
    public void Unknown_version_format_is_rejected(string version)
    {
        using var host = new ClientHost("https://test-api.service.hmrc.gov.uk/", settings: new Dictionary<string, string?>
        {
            ["Hmrc:Apis:IndividualCalculations:Version"] = version,
        });

        var exception = Assert.Throws<OptionsValidationException>(() => host.Client<IOptions<HmrcOptions>>().Value);

        Assert.Contains($"Hmrc:Apis:IndividualCalculations:Version '{version}' is not an API version such as 2.0.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_scenarios_against_production_are_rejected()
    {
        using var host = new ClientHost("https://api.service.hmrc.gov.uk/", settings: new Dictionary<string, string?>
        {
            ["Hmrc:AllowGovTestScenario"] = "true",
        });

        var exception = Assert.Throws<OptionsValidationException>(() => host.Client<IOptions<HmrcOptions>>().Value);

        Assert.Contains("Hmrc:AllowGovTestScenario is true but Hmrc:ApiBaseAddress is HMRC's production host", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_scenarios_against_sandbox_are_allowed()
    {
        using var host = new ClientHost("https://test-api.service.hmrc.gov.uk/", settings: new Dictionary<string, string?>
        {
            ["Hmrc:AllowGovTestScenario"] = "true",
        });

        Assert.True(host.Client<IOptions<HmrcOptions>>().Value.AllowGovTestScenario);
    }

    [Fact]
    public void Unknown_api_name_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new HmrcApisOptions().For("Losses"));

        Assert.Contains("'Losses' is not an HMRC API name", exception.Message, StringComparison.Ordinal);
    }
}
