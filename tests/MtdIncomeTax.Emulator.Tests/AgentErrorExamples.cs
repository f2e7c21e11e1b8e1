using System.Text.Json;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// The error messages of the Agent Authorisation API 2.0 specification by code: from its
/// examples/errors files and from the examples written inline in application.yaml.
/// </summary>
public static partial class AgentErrorExamples
{
    private const string Folder = "agent-authorisation-api/2.0/";

    private static readonly Lazy<Dictionary<string, string>> Messages = new(Load);

    /// <summary>Returns the example message of the code, or null when the specification has none.</summary>
    public static string? Find(string code) => Messages.Value.GetValueOrDefault(code);

    private static Dictionary<string, string> Load()
    {
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in SpecSchemas.ListFiles(Folder + "examples/errors", "*.json"))
        {
            using var example = JsonDocument.Parse(SpecSchemas.ReadText(file));
            messages[example.RootElement.GetProperty("code").GetString()!] = example.RootElement.GetProperty("message").GetString()!;
        }

        foreach (Match match in InlineExample().Matches(SpecSchemas.ReadText(Folder + "application.yaml")))
        {
            messages[match.Groups[1].Value] = match.Groups[2].Value.Trim();
        }

        return messages;
    }

    [GeneratedRegex(@"code: ([A-Z_]+)\s*\n\s*message: (.+)")]
    private static partial Regex InlineExample();
}
