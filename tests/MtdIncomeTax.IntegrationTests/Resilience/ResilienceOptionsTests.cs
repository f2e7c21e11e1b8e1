using Microsoft.Extensions.Options;

namespace MtdIncomeTax.IntegrationTests.Resilience;

public sealed class ResilienceOptionsTests
{
    [Fact]
    public async Task Defaults_pass_the_start_checks()
    {
        await using var host = new PipelineHost("http://127.0.0.1:9");

        host.ValidateAsAtStart();
    }

    [Fact]
    public async Task Instances_over_limit_rejected_at_start()
    {
        await using var host = new PipelineHost("http://127.0.0.1:9", new Dictionary<string, string?>
        {
            ["Hmrc:RateLimit:RequestsPerSecond"] = "3",
            ["Hmrc:RateLimit:InstanceCount"] = "4",
        });

        var failure = Assert.ThrowsAny<OptionsValidationException>(host.ValidateAsAtStart);

        Assert.Contains("Hmrc:RateLimit:InstanceCount (4) is more than Hmrc:RateLimit:RequestsPerSecond (3)", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hmrc:Retry:ThrottledDelay", "00:00:00.500", "ThrottledDelay")]
    [InlineData("Hmrc:Retry:MaxRetryAttempts", "11", "MaxRetryAttempts")]
    [InlineData("Hmrc:RateLimit:RequestsPerSecond", "0", "RequestsPerSecond")]
    [InlineData("Hmrc:RateLimit:MaxQueueWait", "00:11:00", "MaxQueueWait")]
    public async Task Out_of_range_value_rejected(string key, string value, string property)
    {
        await using var host = new PipelineHost("http://127.0.0.1:9", new Dictionary<string, string?> { [key] = value });

        var failure = Assert.ThrowsAny<OptionsValidationException>(host.ValidateAsAtStart);

        Assert.Contains(property, failure.Message, StringComparison.Ordinal);
    }
}
