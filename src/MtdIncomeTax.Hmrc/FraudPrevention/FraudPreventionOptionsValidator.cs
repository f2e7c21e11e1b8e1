using System.Net;
using Microsoft.Extensions.Options;

namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>
/// Checks the vendor settings at start: names present, every address an IP address, and a
/// vendor public IP whenever the calls go to HMRC's production API, where HMRC checks every call.
/// </summary>
internal sealed class FraudPreventionOptionsValidator(IOptions<HmrcOptions> hmrc) : IValidateOptions<FraudPreventionOptions>
{
    private const string Section = "Hmrc:FraudPrevention";
    private const string ProductionHost = "api.service.hmrc.gov.uk";

    public ValidateOptionsResult Validate(string? name, FraudPreventionOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ProductName))
        {
            failures.Add($"{Section}:ProductName is missing; set the product's marketed name.");
        }

        if (string.IsNullOrWhiteSpace(options.SoftwareName))
        {
            failures.Add($"{Section}:SoftwareName is missing; set our software's key, such as mtdincometax.");
        }

        if (options.VendorPublicIp is { Length: > 0 } vendorIp && !IPAddress.TryParse(vendorIp, out _))
        {
            failures.Add($"{Section}:VendorPublicIp '{vendorIp}' is not an IP address.");
        }

        if (string.IsNullOrWhiteSpace(options.VendorPublicIp) && IsProduction(hmrc.Value.ApiBaseAddress))
        {
            failures.Add($"{Section}:VendorPublicIp is missing; HMRC's production API needs the public IP address browsers connect to.");
        }

        for (var index = 0; index < options.FurtherHops.Count; index++)
        {
            if (!IPAddress.TryParse(options.FurtherHops[index], out _))
            {
                failures.Add($"{Section}:FurtherHops:{index} '{options.FurtherHops[index]}' is not an IP address.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsProduction(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && string.Equals(uri.Host, ProductionHost, StringComparison.OrdinalIgnoreCase);
}
