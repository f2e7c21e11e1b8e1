using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace MtdIncomeTax.ContractTests.Specs;

/// <summary>The operations of one HMRC API version, read from its application.yaml.</summary>
public sealed class ApiSpec
{
    public const string BusinessDetails = "business-details-api/2.0";
    public const string Obligations = "obligations-api/3.0";
    public const string SelfEmploymentBusiness = "self-employment-business-api/5.0";
    public const string PropertyBusiness = "property-business-api/6.0";
    public const string IndividualCalculations = "individual-calculations-api/9.0";
    public const string SelfAssessmentTestSupport = "self-assessment-test-support-api/1.0";
    public const string CreateTestUser = "create-test-user/conf/1.0";
    public const string AgentAuthorisation = "agent-authorisation-api/2.0";
    public const string AgentAuthorisationV1 = "agent-authorisation-api/1.0";
    public const string AgentAuthorisationTestSupport = "agent-authorisation-test-support-api/1.0";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    private static readonly ConcurrentDictionary<string, ApiSpec> Loaded = new();

    private readonly Dictionary<string, JsonNode?> _paths;

    private ApiSpec(string folder, string version, Dictionary<string, JsonNode?> paths)
    {
        Folder = folder;
        Version = version;
        _paths = paths;
    }

    /// <summary>The folder below hmrc-specs, e.g. business-details-api/2.0.</summary>
    public string Folder { get; }

    /// <summary>info.version of the spec, e.g. "2.0".</summary>
    public string Version { get; }

    public static ApiSpec Load(string folder) => Loaded.GetOrAdd(folder, Read);

    /// <summary>The operation for a method and path template, resolved on first use.</summary>
    public SpecOperation Operation(string method, string pathTemplate)
    {
        if (!_paths.TryGetValue(pathTemplate, out var pathItem))
        {
            throw new KeyNotFoundException($"{Folder} has no path {pathTemplate}; it has {string.Join(", ", _paths.Keys)}.");
        }

        var resolved = Resolve(pathItem);
        return resolved[method.ToLowerInvariant()] is JsonObject operation
            ? new SpecOperation(Folder, method.ToLowerInvariant(), pathTemplate, operation)
            : throw new KeyNotFoundException($"{Folder} {pathTemplate} has no {method.ToUpperInvariant()} operation.");
    }

    /// <summary>Every operation of the API.</summary>
    public IEnumerable<SpecOperation> Operations() =>
        _paths.Keys.SelectMany(template =>
        {
            var resolved = Resolve(_paths[template]);
            return Methods.Where(resolved.ContainsKey).Select(method => Operation(method, template));
        });

    private JsonObject Resolve(JsonNode? pathItem)
    {
        var application = SpecFolder.PathOf(Path.Combine(Folder, "application.yaml"));
        var wrapper = new JsonObject { ["item"] = pathItem?.DeepClone() };
        return SpecDocuments.ResolveIn(wrapper, application)["item"] as JsonObject
            ?? throw new InvalidDataException($"{Folder}: a path item is not an object.");
    }

    private static ApiSpec Read(string folder)
    {
        var application = SpecFolder.PathOf(Path.Combine(folder, "application.yaml"));
        var document = SpecDocuments.Load(application) as JsonObject
            ?? throw new InvalidDataException($"{application} is not a YAML mapping.");
        var paths = (document["paths"] as JsonObject ?? throw new InvalidDataException($"{application} has no paths."))
            .ToDictionary(pair => pair.Key, pair => pair.Value?.DeepClone());
        var version = (string?)document["info"]?["version"] ?? throw new InvalidDataException($"{application} has no info.version.");
        return new ApiSpec(folder, version, paths);
    }
}
