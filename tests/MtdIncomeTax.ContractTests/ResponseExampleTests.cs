using System.Text.Json;
using System.Text.Json.Nodes;
using MtdIncomeTax.ContractTests.Specs;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Hmrc.Api.Calculations;
using MtdIncomeTax.Hmrc.Api.Obligations;
using MtdIncomeTax.Hmrc.Api.Property;
using MtdIncomeTax.Hmrc.Api.SelfEmployment;
using MtdIncomeTax.Hmrc.Api.TestSupport;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.ContractTests;

/// <summary>
/// Every success example HMRC publishes for an operation we model reads into our model, and
/// writes back with every member it had, so no field (required or not) is lost or misnamed.
/// </summary>
public sealed class ResponseExampleTests
{
    /// <summary>
    /// Examples that fail their own schema upstream, each with the reason. Such an example still
    /// has to read into our model, and only its schema check is skipped. A listed example that
    /// passes its schema fails the test, so the list cannot go stale.
    /// </summary>
    private static readonly Dictionary<string, string> KnownSchemaMismatches = new()
    {
        [ListCalculations + " 200 Example response for TY 2023-24 and 2024-25"] =
            "liabilityAmount is the string \"236.89\" where the schema declares a number",
        [ListCalculations + " 200 Example response for TY 2025-26 onwards"] =
            "liabilityAmount is the string \"236.89\" where the schema declares a number",
        [RetrieveCalculation + " 200 Example response for TY 2025-26"] =
            "metadata.calculationReason is \"customerRequest\", not the enum's \"customer-request\"; "
            + "calculation.incomeSummaryTotals.totalUKPropertyProfit is not in the schema",
        [RetrieveCalculation + " 200 Example response for TY 2026-27 onwards"] =
            "metadata.calculationReason is \"customerRequest\", not the enum's \"customer-request\"; "
            + "calculation.incomeSummaryTotals.totalUKPropertyProfit is not in the schema",
    };

    private const string ListCalculations = "individual-calculations-api/9.0 GET /individuals/calculations/{nino}/self-assessment/{taxYear}";
    private const string RetrieveCalculation = ListCalculations + "/{calculationId}";

    private static readonly (string Folder, string Method, string Template, string Status, Type Model)[] Responses =
    [
        (ApiSpec.BusinessDetails, "GET", "/individuals/business/details/{nino}/list", "200", typeof(BusinessList)),
        (ApiSpec.BusinessDetails, "GET", "/individuals/business/details/{nino}/{businessId}", "200", typeof(BusinessDetails)),
        (ApiSpec.Obligations, "GET", "/obligations/details/{nino}/income-and-expenditure", "200", typeof(IncomeAndExpenditureObligations)),
        (ApiSpec.Obligations, "GET", "/obligations/details/{nino}/crystallisation", "200", typeof(FinalDeclarationObligations)),
        (ApiSpec.SelfEmploymentBusiness, "GET", "/individuals/business/self-employment/{nino}/{businessId}/cumulative/{taxYear}", "200", typeof(SelfEmploymentCumulativeSummary)),
        (ApiSpec.SelfEmploymentBusiness, "GET", "/individuals/business/self-employment/{nino}/{businessId}/annual/{taxYear}", "200", typeof(SelfEmploymentAnnualSubmission)),
        (ApiSpec.PropertyBusiness, "GET", "/individuals/business/property/uk/{nino}/{businessId}/cumulative/{taxYear}", "200", typeof(UkPropertyCumulativeSummaryResponse)),
        (ApiSpec.IndividualCalculations, "POST", "/individuals/calculations/{nino}/self-assessment/{taxYear}/trigger/{calculationType}", "202", typeof(CalculationTriggered)),
        (ApiSpec.IndividualCalculations, "GET", "/individuals/calculations/{nino}/self-assessment/{taxYear}", "200", typeof(CalculationList)),
        (ApiSpec.IndividualCalculations, "GET", "/individuals/calculations/{nino}/self-assessment/{taxYear}/{calculationId}", "200", typeof(Calculation)),
        (ApiSpec.SelfAssessmentTestSupport, "POST", "/individuals/self-assessment-test-support/business/{nino}", "201", typeof(TestBusinessCreated)),
    ];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var (folder, method, template, status, _) in Responses)
        {
            var operation = ApiSpec.Load(folder).Operation(method, template);
            foreach (var (name, _) in operation.ResponseExamples(status))
            {
                data.Add($"{operation} {status} {name}");
            }
        }

        return data;
    }

    [Fact]
    public void Every_modelled_response_has_examples()
    {
        foreach (var (folder, method, template, status, _) in Responses)
        {
            var operation = ApiSpec.Load(folder).Operation(method, template);
            Assert.True(operation.ResponseSchema(status) is not null, $"{operation} documents no {status} schema");
            Assert.NotEmpty(operation.ResponseExamples(status));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_reads_into_model(string example)
    {
        var (operation, status, model) = Find(example);
        var body = operation.ResponseExamples(status).Single(candidate => example.EndsWith(" " + candidate.Name, StringComparison.Ordinal)).Body;

        AssertReadsAndWritesBack(example, operation.ResponseSchema(status)!, body, model);
    }

    [Theory]
    [InlineData("create-individual-response", typeof(TestIndividual))]
    [InlineData("create-agent-response", typeof(TestAgent))]
    public void Create_test_user_example_reads_into_model(string name, Type model)
    {
        var folder = SpecFolder.PathOf(ApiSpec.CreateTestUser);
        var schema = SpecDocuments.Resolved(Path.Combine(folder, "schemas", name + ".json"));
        var body = SpecDocuments.Resolved(Path.Combine(folder, "examples", name + ".json"));

        AssertReadsAndWritesBack(name, schema, body, model);
    }

    private static void AssertReadsAndWritesBack(string example, JsonNode schema, JsonNode? body, Type model)
    {
        var schemaFailures = SchemaValidator.Validate(schema, body);
        if (KnownSchemaMismatches.TryGetValue(example, out var reason))
        {
            Assert.True(schemaFailures.Count > 0, $"{example} is listed as failing its schema ({reason}) but now passes; remove it from the list");
        }
        else
        {
            Assert.True(schemaFailures.Count == 0, $"{example} fails its own schema:\n{string.Join("\n", schemaFailures)}");
        }

        var value = JsonSerializer.Deserialize(body!.ToJsonString(), model, HmrcJson.Options);
        Assert.NotNull(value);
        var writtenBack = JsonSerializer.SerializeToNode(value, model, HmrcJson.Options);

        var missingRequired = RequiredPaths(schema, body, "").Where(path => ValueAt(writtenBack, path) is null).ToList();
        Assert.True(missingRequired.Count == 0, $"{example}: required fields came out null: {string.Join(", ", missingRequired)}");
        var differences = JsonEquivalence.Differences(body, writtenBack);
        Assert.True(differences.Count == 0, $"{example} does not survive our model:\n{string.Join("\n", differences)}");
    }

    /// <summary>The JSON pointers of the members the schema marks required, at every level the example has.</summary>
    private static IEnumerable<string> RequiredPaths(JsonNode? schema, JsonNode? instance, string pointer)
    {
        if (schema is not JsonObject rule || instance is null)
        {
            yield break;
        }

        foreach (var part in Alternatives(rule, instance))
        {
            if (instance is JsonObject obj)
            {
                foreach (var name in (part["required"] as JsonArray ?? []).Select(item => (string)item!).Where(obj.ContainsKey))
                {
                    yield return $"{pointer}/{name}";
                }

                foreach (var (name, propertySchema) in part["properties"] as JsonObject ?? [])
                {
                    foreach (var path in RequiredPaths(propertySchema, obj[name], $"{pointer}/{name}"))
                    {
                        yield return path;
                    }
                }
            }
            else if (instance is JsonArray array && part["items"] is { } items)
            {
                for (var index = 0; index < array.Count; index++)
                {
                    foreach (var path in RequiredPaths(items, array[index], $"{pointer}/{index}"))
                    {
                        yield return path;
                    }
                }
            }
        }
    }

    // allOf parts all apply; of oneOf or anyOf only the alternatives the instance satisfies.
    private static IEnumerable<JsonObject> Alternatives(JsonObject rule, JsonNode instance)
    {
        yield return rule;
        foreach (var part in (rule["allOf"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(part => Alternatives(part, instance)))
        {
            yield return part;
        }

        foreach (var choice in (rule["oneOf"] as JsonArray ?? []).Concat(rule["anyOf"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (SchemaValidator.Validate(choice, instance).Count == 0)
            {
                foreach (var part in Alternatives(choice, instance))
                {
                    yield return part;
                }
            }
        }
    }

    private static JsonNode? ValueAt(JsonNode? node, string pointer)
    {
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    private static (SpecOperation Operation, string Status, Type Model) Find(string example)
    {
        foreach (var (folder, method, template, status, model) in Responses)
        {
            var operation = ApiSpec.Load(folder).Operation(method, template);
            if (example.StartsWith($"{operation} {status} ", StringComparison.Ordinal))
            {
                return (operation, status, model);
            }
        }

        throw new ArgumentException($"No modelled response for {example}.", nameof(example));
    }
}
