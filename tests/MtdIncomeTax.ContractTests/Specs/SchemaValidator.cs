using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace MtdIncomeTax.ContractTests.Specs;

/// <summary>
/// Validates JSON against a schema taken from a spec, after <see cref="SpecDocuments"/> has inlined
/// its references. HMRC writes most schemas in draft-04; they are evaluated as draft-07, which
/// reads every keyword they use (type, properties, required, pattern, enum, minimum, maximum,
/// multipleOf, allOf, oneOf, items, additionalProperties) the same way.
/// </summary>
public static class SchemaValidator
{
    // HMRC's schemas carry OpenAPI's "example" and a misspelt "descripton", which draft-07 does
    // not define. Annotations change no result, so unknown keywords are allowed.
    private static readonly BuildOptions BuildOptions = new()
    {
        Dialect = Dialect.Draft07.With([], allowUnknownKeywords: true),
    };

    /// <summary>
    /// The failures, each with the instance location and the message; empty when valid. The specs
    /// list one schema per tax year under a top-level oneOf, and several of them accept the same
    /// document (a trading allowance alone is valid in every year's schema). So the document is
    /// valid when any alternative accepts it. Otherwise the closest alternative's failures are given.
    /// </summary>
    public static IReadOnlyList<string> Validate(JsonNode schema, JsonNode? instance)
    {
        if (schema is JsonObject { } rule && rule["oneOf"] is JsonArray alternatives && !rule.Any(pair => pair.Key is not ("oneOf" or "description" or "title")))
        {
            var results = alternatives.Where(alternative => alternative is not null).Select(alternative => ValidateOne(alternative!, instance)).ToList();
            return results.Any(failures => failures.Count == 0) ? [] : results.MinBy(failures => failures.Count)!;
        }

        return ValidateOne(schema, instance);
    }

    private static List<string> ValidateOne(JsonNode schema, JsonNode? instance)
    {
        var prepared = (JsonObject)Strip(schema.DeepClone())!;
        var built = JsonSchema.FromText(prepared.ToJsonString(), BuildOptions);
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var results = built.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : Flatten(results)
                .Where(node => node.Errors is { Count: > 0 })
                .SelectMany(node => node.Errors!.Select(error => $"{node.InstanceLocation}: {error.Value}"))
                .Distinct()
                .ToList();
    }

    private static JsonNode? Strip(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            obj.Remove("$schema");
            obj.Remove("$id");

            // One 2019-09 schema gives "examples" as a single value where the keyword wants an array.
            if (obj["examples"] is JsonValue)
            {
                obj.Remove("examples");
            }
        }

        var children = node switch
        {
            JsonObject properties => properties.Select(pair => pair.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            Strip(child);
        }

        return node;
    }

    private static IEnumerable<EvaluationResults> Flatten(EvaluationResults results) =>
        new[] { results }.Concat((results.Details ?? []).SelectMany(Flatten));
}
