using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.ContractTests.Specs;

/// <summary>One operation of an HMRC API spec (a method on a path), with every $ref resolved.</summary>
public sealed class SpecOperation(string api, string method, string pathTemplate, JsonObject operation)
{
    public string Api { get; } = api;

    public string Method { get; } = method;

    public string PathTemplate { get; } = pathTemplate;

    public JsonObject Definition { get; } = operation;

    public IReadOnlyList<JsonObject> Parameters =>
        (Definition["parameters"] as JsonArray ?? []).OfType<JsonObject>().ToList();

    public IEnumerable<JsonObject> ParametersIn(string location) =>
        Parameters.Where(parameter => (string?)parameter["in"] == location);

    /// <summary>
    /// True when the operation's security is only empty requirements ("security: [{}]"), so it
    /// takes no token. An operation without its own security list is not open.
    /// </summary>
    public bool IsOpen =>
        Definition["security"] is JsonArray { Count: > 0 } requirements
        && requirements.All(requirement => requirement is JsonObject { Count: 0 });

    /// <summary>The JSON schema of the request body, or null when the operation takes none.</summary>
    public JsonNode? RequestSchema => JsonMediaOf(Definition["requestBody"]?["content"])?["schema"];

    /// <summary>Documented response statuses, such as "200", "204" or "400".</summary>
    public IEnumerable<string> ResponseStatuses => (Definition["responses"] as JsonObject ?? []).Select(pair => pair.Key);

    public JsonNode? ResponseSchema(string status) => JsonMediaOf(Definition["responses"]?[status]?["content"])?["schema"];

    /// <summary>The named examples of a response; each contains the body under "value" or is the body itself.</summary>
    public IEnumerable<(string Name, JsonNode? Body)> ResponseExamples(string status)
    {
        var media = JsonMediaOf(Definition["responses"]?[status]?["content"]);
        if (media?["examples"] is JsonObject examples)
        {
            foreach (var (name, example) in examples)
            {
                yield return (name, example is JsonObject withValue && withValue.ContainsKey("value") ? withValue["value"] : example);
            }
        }

        if (media?["example"] is { } single)
        {
            yield return ("example", single);
        }
    }

    /// <summary>The HMRC error codes documented per HTTP status, read from each error response's examples.</summary>
    public IEnumerable<(int Status, string Code, string Message)> DocumentedErrors() =>
        ResponseStatuses
            .Where(status => int.TryParse(status, out var code) && code >= 400)
            .SelectMany(status => ResponseExamples(status)
                .Select(example => (Status: int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), Body: example.Body))
                .Where(example => example.Body?["code"] is not null)
                .Select(example => (example.Status, (string)example.Body!["code"]!, (string?)example.Body["message"] ?? "")));

    /// <summary>True when a concrete request path matches this operation's template.</summary>
    public bool Matches(string path) => TemplatePattern().IsMatch(path);

    /// <summary>The values of the template's path parameters in a concrete path.</summary>
    public IReadOnlyDictionary<string, string> PathValues(string path)
    {
        var match = TemplatePattern().Match(path);
        return match.Success
            ? TemplateNames().ToDictionary(name => name, name => Uri.UnescapeDataString(match.Groups[name].Value))
            : throw new ArgumentException($"{path} does not match {PathTemplate}.", nameof(path));
    }

    public override string ToString() => $"{Api} {Method.ToUpperInvariant()} {PathTemplate}";

    // HMRC misspells one media type as "applicaton/json" (Self-Employment cumulative PUT), so any
    // media type ending in /json counts.
    private static JsonNode? JsonMediaOf(JsonNode? content) =>
        (content as JsonObject)?.FirstOrDefault(pair => pair.Key.EndsWith("/json", StringComparison.Ordinal)).Value;

    private Regex TemplatePattern() =>
        new("^" + Regex.Replace(Regex.Escape(PathTemplate), @"\\\{(\w+)}", "(?<$1>[^/]+)") + "$");

    private IEnumerable<string> TemplateNames() =>
        Regex.Matches(PathTemplate, @"\{(\w+)\}").Select(match => match.Groups[1].Value);
}
