using MtdIncomeTax.Emulator.OAuth;

namespace MtdIncomeTax.Emulator.Api.Pipeline;

/// <summary>
/// One HMRC endpoint as the pipeline checks it: its API (versions and messages), its scope (read
/// for GET, write otherwise, unless RequiredScope names another), whether it takes a JSON body,
/// and its Gov-Test-Scenario table. Application-restricted endpoints accept any valid token and
/// need no scope; open endpoints need no token at all. OnlyVersions narrows the API's versions
/// for an endpoint that a later version added.
/// </summary>
internal sealed record ApiEndpoint(
    HmrcApi Api,
    string Method,
    ScenarioTable Scenarios,
    bool HasBody = false,
    bool ApplicationRestricted = false,
    string? RequiredScope = null,
    IReadOnlyList<string>? OnlyVersions = null,
    bool Open = false)
{
    public string? Scope => ApplicationRestricted
        ? null
        : RequiredScope ?? (Method == HttpMethods.Get ? HmrcScopes.ReadSelfAssessment : HmrcScopes.WriteSelfAssessment);

    public IReadOnlyList<string> Versions => OnlyVersions ?? Api.Versions;
}
