using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MtdIncomeTax.ContractTests.Specs;

/// <summary>
/// Loads the spec's YAML and JSON files as JSON nodes, with HMRC's Handlebars feature-flag blocks
/// rendered and every $ref (to another file or inside one) replaced by what it points at.
/// </summary>
public static partial class SpecDocuments
{
    private static readonly ConcurrentDictionary<string, JsonNode?> Raw = new();

    /// <summary>Loads a file and resolves every $ref in it, relative to the file that contains the $ref.</summary>
    public static JsonNode Resolved(string path) =>
        Resolve(Load(path), Path.GetFullPath(path), new Stack<string>())
        ?? throw new InvalidDataException($"{path} is empty.");

    /// <summary>Resolves every $ref in a node taken from the given file.</summary>
    public static JsonObject ResolveIn(JsonObject node, string file) =>
        (JsonObject)Resolve(node, Path.GetFullPath(file), new Stack<string>())!;

    /// <summary>A file as written, with the Handlebars blocks rendered and no $ref resolved.</summary>
    public static JsonNode? Load(string path) =>
        Raw.GetOrAdd(Path.GetFullPath(path), full =>
        {
            // Some spec files have Windows line endings and lines of only spaces at the start of a
            // block scalar, which YamlDotNet rejects ("extra spaces in first line"). Neither changes
            // the content, so both are normalised.
            var text = File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal);
            text = RenderFeatureFlags(BlankLine().Replace(text, ""), full);
            var isYaml = full.EndsWith(".yaml", StringComparison.Ordinal) || full.EndsWith(".yml", StringComparison.Ordinal);
            try
            {
                return isYaml ? FromYaml(text) : JsonNode.Parse(text);
            }
            catch (Exception exception) when (exception is System.Text.Json.JsonException or YamlException)
            {
                throw new InvalidDataException($"{full} is not valid {(isYaml ? "YAML" : "JSON")}: {exception.Message}", exception);
            }
        })?.DeepClone();

    /// <summary>
    /// Renders HMRC's feature-flag blocks as published for the sandbox, where every flag in these
    /// specs is enabled but not released in production: {{#if (enabled 'x')}}A{{else}}B{{/if}}
    /// keeps A, and {{#unless (releasedInProduction 'x')}}[Test only] {{/unless}} keeps its text.
    /// </summary>
    public static string RenderFeatureFlags(string text, string path)
    {
        var rendered = EnabledBlock().Replace(text, match => match.Groups["enabled"].Value);
        rendered = NotReleasedBlock().Replace(rendered, match => match.Groups["text"].Value);
        return rendered.Contains("{{", StringComparison.Ordinal)
            ? throw new InvalidDataException($"{path} holds a Handlebars block this loader cannot render.")
            : rendered;
    }

    private static JsonNode? Resolve(JsonNode? node, string file, Stack<string> trail)
    {
        switch (node)
        {
            case JsonObject obj when obj.TryGetPropertyValue("$ref", out var reference) && reference is JsonValue:
                return ResolveReference(obj, reference.GetValue<string>(), file, trail);
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    copy[name] = Resolve(value, file, trail);
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(item => Resolve(item, file, trail)).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    // The referenced content replaces the $ref. Keys beside the $ref are laid over it, as an
    // OpenAPI path item does with "put: {$ref, security}"; in the JSON Schemas they are only
    // descriptions.
    private static JsonNode? ResolveReference(JsonObject obj, string reference, string file, Stack<string> trail)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var filePart = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "" : reference[(hash + 1)..];
        var target = filePart.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, filePart));
        var key = target + "#" + pointer;
        if (trail.Contains(key))
        {
            throw new InvalidDataException($"$ref cycle through {key}; this loader inlines references and cannot follow a cycle.");
        }

        var document = Load(target);
        var referenced = Navigate(document, pointer, key);
        trail.Push(key);
        var resolved = Resolve(referenced, target, trail);
        trail.Pop();

        if (resolved is JsonObject resolvedObject)
        {
            foreach (var (name, value) in obj.Where(pair => pair.Key != "$ref"))
            {
                resolvedObject[name] = Resolve(value, file, trail);
            }
        }

        return resolved;
    }

    private static JsonNode? Navigate(JsonNode? document, string pointer, string key)
    {
        var node = document;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(name, out var child) => child,
                JsonArray array when int.TryParse(name, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => throw new InvalidDataException($"$ref {key} points at nothing."),
            };
        }

        return node;
    }

    private static JsonNode? FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : FromYamlNode(stream.Documents[0].RootNode);
    }

    private static JsonNode? FromYamlNode(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? "", FromYamlNode(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(FromYamlNode).ToArray()),
        YamlScalarNode scalar => FromYamlScalar(scalar),
        _ => throw new InvalidDataException($"Unsupported YAML node {node.NodeType} at {node.Start}."),
    };

    // Plain (unquoted) scalars carry YAML's core types; quoted ones are always strings.
    private static JsonValue? FromYamlScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        if (value is "" or "~" or "null")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }

        return YamlNumber().IsMatch(value) && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(value);
    }

    [GeneratedRegex(@"\{\{#if \(enabled ['""][^'""]+['""]\)\}\}(?<enabled>.*?)(?:\{\{else\}\}.*?)?\{\{/if\}\}", RegexOptions.Singleline)]
    private static partial Regex EnabledBlock();

    [GeneratedRegex(@"\{\{#unless \(releasedInProduction ['""][^'""]+['""]\)\}\}(?<text>.*?)\{\{/unless\}\}", RegexOptions.Singleline)]
    private static partial Regex NotReleasedBlock();

    [GeneratedRegex("^[ \t]+$", RegexOptions.Multiline)]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex YamlNumber();
}
