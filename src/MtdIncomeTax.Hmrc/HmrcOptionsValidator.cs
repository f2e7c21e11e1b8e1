using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MtdIncomeTax.Hmrc;

/// <summary>
/// Checks the settings that data annotations cannot: every API version has HMRC's "major.minor"
/// form, the Agent Authorisation API's is one HMRC serves (1.0 or 2.0), and Gov-Test-Scenario is
/// never allowed against HMRC's production host, where the header has no meaning and a test
/// scenario must never be sent by mistake.
/// </summary>
internal sealed partial class HmrcOptionsValidator(IOptions<HmrcApisOptions> apis) : IValidateOptions<HmrcOptions>
{
    private const string ProductionHost = "api.service.hmrc.gov.uk";

    public ValidateOptionsResult Validate(string? name, HmrcOptions options)
    {
        var failures = new List<string>();
        foreach (var (apiName, settings) in apis.Value.All)
        {
            if (!VersionPattern().IsMatch(settings.Version ?? ""))
            {
                failures.Add($"Hmrc:Apis:{apiName}:Version '{settings.Version}' is not an API version such as 2.0.");
            }
        }

        var agentVersion = apis.Value.AgentAuthorisation.Version;
        if (agentVersion is not ("1.0" or "2.0"))
        {
            failures.Add(
                $"Hmrc:Apis:{HmrcApiNames.AgentAuthorisation}:Version '{agentVersion}' is not a version HMRC serves; set 1.0 or 2.0.");
        }

        if (options.AllowGovTestScenario && IsProduction(options.ApiBaseAddress))
        {
            failures.Add(
                $"Hmrc:AllowGovTestScenario is true but Hmrc:ApiBaseAddress is HMRC's production host {ProductionHost}; "
                + "set it to false, because test scenarios exist only in the sandbox and the emulator.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsProduction(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && string.Equals(uri.Host, ProductionHost, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[0-9]{1,2}\.[0-9]{1,2}$")]
    private static partial Regex VersionPattern();
}
