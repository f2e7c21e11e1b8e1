using MtdIncomeTax.Emulator.OAuth;

namespace MtdIncomeTax.Emulator.Api.Pipeline;

/// <summary>
/// One HMRC endpoint as the pipeline checks it: its API (versions and messages), its scope (read
/// for GET, write otherwise), whether it takes a JSON body, and its Gov-Test-Scenario table.
/// Application-restricted endpoints accept any valid token and need no scope.
/// </summary>
internal sealed record ApiEndpoint(
    HmrcApi Api,
    string Method,
    ScenarioTable Scenarios,
    bool HasBody = false,
    bool ApplicationRestricted = false)
{
    public string? Scope => ApplicationRestricted
        ? null
        : Method == HttpMethods.Get ? HmrcScopes.ReadSelfAssessment : HmrcScopes.WriteSelfAssessment;
}
