using Microsoft.Extensions.Options;
using MtdIncomeTax.Hmrc;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>Checks that every trusted proxy is an IP address or network, and that no header check goes to HMRC's production API.</summary>
internal sealed class FraudPreventionWebOptionsValidator(IOptions<HmrcOptions> hmrc) : IValidateOptions<FraudPreventionWebOptions>
{
    private const string ProductionHost = "api.service.hmrc.gov.uk";

    public ValidateOptionsResult Validate(string? name, FraudPreventionWebOptions options)
    {
        var failures = new List<string>();
        for (var index = 0; index < options.TrustedProxies.Count; index++)
        {
            if (TrustedProxies.Parse(options.TrustedProxies[index]) is null)
            {
                failures.Add($"FraudPrevention:TrustedProxies:{index} '{options.TrustedProxies[index]}' is not an IP address or a CIDR network such as 10.0.0.0/8.");
            }
        }

        if (options.CheckAfterLinking
            && Uri.TryCreate(hmrc.Value.ApiBaseAddress, UriKind.Absolute, out var api)
            && string.Equals(api.Host, ProductionHost, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(
                $"FraudPrevention:CheckAfterLinking is true but Hmrc:ApiBaseAddress is HMRC's production host {ProductionHost}; "
                + "set it to false, because the Test Fraud Prevention Headers API exists in the sandbox only.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
