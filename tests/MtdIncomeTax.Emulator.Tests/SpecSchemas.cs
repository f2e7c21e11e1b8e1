using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// Loads the response JSON schemas of HMRC's published API specifications, kept beside the
/// repository in ../shared/hmrc-specs (the folder above the one holding MtdIncomeTax.sln), or in
/// the folder HMRC_SPECS_PATH names. Feature-flag template blocks are resolved to their enabled
/// branch first. Every file is read as draft-07 that allows unknown keywords such as "example":
/// JsonSchema.Net has no draft-04, and the validation keywords these files use (type, enum,
/// pattern, minimum, maximum, multipleOf, required, items, additionalProperties, $ref) mean the
/// same in both. The few files that declare draft 2019-09 use no keyword that differs either.
/// </summary>
public static partial class SpecSchemas
{
    private static readonly Dialect Draft07AllowingUnknownKeywords = Dialect.Draft07.With([], allowUnknownKeywords: true);

    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly ConcurrentDictionary<string, JsonSchema> Loaded = new(StringComparer.Ordinal);

    /// <summary>Returns the schema at a path relative to the specifications folder, with its $refs resolved from disk.</summary>
    public static JsonSchema Load(string relativePath) =>
        Loaded.GetOrAdd(Path.GetFullPath(Path.Combine(Root.Value, relativePath)), path => Build(path, NewOptions()));

    /// <summary>Returns the text of a file in the specifications folder.</summary>
    public static string ReadText(string relativePath) => File.ReadAllText(Path.Combine(Root.Value, relativePath));

    /// <summary>Returns the paths, relative to the specifications folder, of the files in a folder that match the pattern.</summary>
    public static IReadOnlyList<string> ListFiles(string relativeFolder, string pattern) =>
        Directory.GetFiles(Path.Combine(Root.Value, relativeFolder), pattern)
            .Select(path => Path.GetRelativePath(Root.Value, path))
            .Order(StringComparer.Ordinal)
            .ToList();

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
        var options = new BuildOptions { SchemaRegistry = registry, Dialect = Draft07AllowingUnknownKeywords };
        registry.Fetch = (uri, _) => uri.IsFile ? Build(uri.LocalPath, options) : null;

        return options;
    }

    private static JsonSchema Build(string path, BuildOptions options)
    {
        var text = SchemaDeclaration().Replace(StripTemplates(File.ReadAllText(path)), "");

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

    // The "$schema" member with its comma, so that the build options' dialect applies to every file.
    [GeneratedRegex(@"""\$schema""\s*:\s*""[^""]*""\s*,?")]
    private static partial Regex SchemaDeclaration();

    [GeneratedRegex(@"\{\{#if \(enabled '[^']*'\)\}\}(.*?)\{\{else\}\}.*?\{\{/if\}\}", RegexOptions.Singleline)]
    private static partial Regex IfElseBlock();

    [GeneratedRegex(@"\{\{#if \(enabled '[^']*'\)\}\}(.*?)\{\{/if\}\}", RegexOptions.Singleline)]
    private static partial Regex IfBlock();

    [GeneratedRegex(@"\{\{#unless [^}]*\}\}.*?\{\{/unless\}\}", RegexOptions.Singleline)]
    private static partial Regex UnlessBlock();
}
