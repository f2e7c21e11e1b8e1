using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// Loads the response JSON schemas of HMRC's published API specifications, kept beside the
/// repository in ../shared/hmrc-specs (the folder above the one holding MtdIncomeTax.sln), or in
/// the folder HMRC_SPECS_PATH names. Feature-flag template blocks are resolved to their enabled
/// branch first, and draft-04 schemas are read as draft-07, the oldest draft JsonSchema.Net knows;
/// the keywords these files use mean the same in both.
/// </summary>
public static partial class SpecSchemas
{
    private const string Draft04 = "http://json-schema.org/draft-04/schema#";
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly ConcurrentDictionary<string, JsonSchema> Loaded = new(StringComparer.Ordinal);

    /// <summary>Returns the schema at a path relative to the specifications folder, with its $refs resolved from disk.</summary>
    public static JsonSchema Load(string relativePath) =>
        Loaded.GetOrAdd(Path.GetFullPath(Path.Combine(Root.Value, relativePath)), path => Build(path, NewOptions()));

    /// <summary>Returns the text of a file in the specifications folder.</summary>
    public static string ReadText(string relativePath) => File.ReadAllText(Path.Combine(Root.Value, relativePath));

    /// <summary>Returns the evaluation errors of the instance, one line per failed keyword, or none when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string relativePath, JsonElement instance)
    {
        var result = Load(relativePath).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });

        return result.IsValid
            ? []
            : (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} {error.Key}: {error.Value}"))
                .ToList();
    }

    /// <summary>Returns the text with {{#if (enabled 'x')}}…{{else}}…{{/if}} and {{#unless}} blocks resolved.</summary>
    public static string StripTemplates(string text)
    {
        text = IfElseBlock().Replace(text, match => match.Groups[1].Value);
        text = IfBlock().Replace(text, match => match.Groups[1].Value);

        return UnlessBlock().Replace(text, "");
    }

    private static BuildOptions NewOptions()
    {
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        registry.Fetch = (uri, _) => uri.IsFile ? Build(uri.LocalPath, options) : null;

        return options;
    }

    private static JsonSchema Build(string path, BuildOptions options)
    {
        var text = StripTemplates(File.ReadAllText(path)).Replace(Draft04, Draft07, StringComparison.Ordinal);

        return JsonSchema.FromText(text, options, new Uri(path));
    }

    private static string FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("HMRC_SPECS_PATH");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured)
                ? configured
                : throw new DirectoryNotFoundException($"HMRC_SPECS_PATH is set to {configured}, which does not exist.");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MtdIncomeTax.sln")))
            {
                var specs = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "hmrc-specs"));
                return Directory.Exists(specs)
                    ? specs
                    : throw new DirectoryNotFoundException(
                        $"HMRC's specifications are not at {specs}; copy them there or set HMRC_SPECS_PATH to their folder.");
            }
        }

        throw new DirectoryNotFoundException(
            $"No MtdIncomeTax.sln above {AppContext.BaseDirectory}; set HMRC_SPECS_PATH to the specifications folder.");
    }

    [GeneratedRegex(@"\{\{#if \(enabled '[^']*'\)\}\}(.*?)\{\{else\}\}.*?\{\{/if\}\}", RegexOptions.Singleline)]
    private static partial Regex IfElseBlock();

    [GeneratedRegex(@"\{\{#if \(enabled '[^']*'\)\}\}(.*?)\{\{/if\}\}", RegexOptions.Singleline)]
    private static partial Regex IfBlock();

    [GeneratedRegex(@"\{\{#unless [^}]*\}\}.*?\{\{/unless\}\}", RegexOptions.Singleline)]
    private static partial Regex UnlessBlock();
}
