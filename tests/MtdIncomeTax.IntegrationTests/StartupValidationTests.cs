using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace MtdIncomeTax.IntegrationTests;

public sealed class StartupValidationTests
{
    [Fact]
    public void App_without_HMRC_settings_refuses_to_start()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:MigrateOnStart", "false");
        });

        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var failures = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        var messages = string.Join("\n", failures.OfType<OptionsValidationException>().Select(failure => failure.Message));
        Assert.Contains("HmrcOptions", messages);
        Assert.Contains("ClientId", messages);
        Assert.Contains("TokenEndpoint", messages);
        Assert.Contains("OidcSignInOptions", messages);
    }
}
