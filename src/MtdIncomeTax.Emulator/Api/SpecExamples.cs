using System.Text.Json.Nodes;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>
/// The example responses of HMRC's published specifications, embedded from the Examples folder
/// (feature-flag template blocks already resolved to their enabled branch). Data scenarios of
/// Gov-Test-Scenario return these, as HMRC's sandbox does.
/// </summary>
internal static class SpecExamples
{
    /// <summary>Returns a new copy of the example, so that callers may change it.</summary>
    public static JsonNode Load(string name)
    {
        // The resource names keep the folder separator of the machine that built the assembly.
        var assembly = typeof(SpecExamples).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(
            candidate => candidate.Replace('\\', '/') == "MtdIncomeTax.Emulator.Examples." + name)
            ?? throw new InvalidOperationException($"The embedded example {name} is missing.");
        using var stream = assembly.GetManifestResourceStream(resource)!;

        return JsonNode.Parse(stream) ?? throw new InvalidOperationException($"The example {resource} is empty.");
    }
}
