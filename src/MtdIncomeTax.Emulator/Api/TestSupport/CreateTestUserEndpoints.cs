using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api.TestSupport;

/// <summary>
/// Create Test User 1.0: POST /create-test-user/individuals and /create-test-user/agents. These
/// are application-restricted, so a client-credentials token is enough. The users made sign in on
/// the emulator's HMRC pages and grant authority like the seeded ones.
/// </summary>
internal sealed class CreateTestUserEndpoints(HmrcUserRegistry users)
{
    public static readonly ApiEndpoint CreateIndividual =
        new(HmrcApis.CreateTestUser, HttpMethods.Post, ScenarioTable.None, HasBody: true, ApplicationRestricted: true);

    public static readonly ApiEndpoint CreateAgent =
        new(HmrcApis.CreateTestUser, HttpMethods.Post, ScenarioTable.None, HasBody: true, ApplicationRestricted: true);

    private static readonly string[] FirstNames = ["Ida", "Omar", "Priya", "Tom", "Grace", "Kwame"];
    private static readonly string[] LastNames = ["Newton", "Shah", "Okafor", "Walsh", "Evans", "Lindqvist"];

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/create-test-user/individuals", (HttpContext context, ApiPipeline pipeline, CreateTestUserEndpoints endpoints) =>
            pipeline.RunAsync(context, CreateIndividual, nino: null, call => Task.FromResult(endpoints.AddIndividual(call))));
        routes.MapPost("/create-test-user/agents", (HttpContext context, ApiPipeline pipeline, CreateTestUserEndpoints endpoints) =>
            pipeline.RunAsync(context, CreateAgent, nino: null, call => Task.FromResult(endpoints.AddAgent(call))));
    }

    private ApiOutcome AddIndividual(ApiCall call)
    {
        if (!HasValidServiceNames(call))
        {
            return ApiOutcome.Fail(ApiError.InvalidRequest);
        }

        var (firstName, lastName) = (Pick(FirstNames), Pick(LastNames));
        var user = users.CreateIndividual(firstName, lastName);
        var saUtr = string.Concat(Enumerable.Range(0, 10).Select(_ => RandomNumberGenerator.GetInt32(10)));

        return ApiOutcome.Created(new JsonObject
        {
            ["userId"] = user.UserId,
            ["password"] = user.Password,
            ["userFullName"] = user.Name,
            ["emailAddress"] = EmailAddress(firstName, lastName),
            ["individualDetails"] = new JsonObject
            {
                ["firstName"] = firstName,
                ["lastName"] = lastName,
                ["dateOfBirth"] = "1980-06-01",
                ["address"] = new JsonObject { ["line1"] = "1 Test Street", ["line2"] = "Testville", ["postcode"] = user.Postcode },
            },
            ["saUtr"] = saUtr,
            ["nino"] = user.Nino,
            ["mtdItId"] = user.MtdItId,
        });
    }

    private ApiOutcome AddAgent(ApiCall call)
    {
        if (!HasValidServiceNames(call))
        {
            return ApiOutcome.Fail(ApiError.InvalidRequest);
        }

        var (firstName, lastName) = (Pick(FirstNames), Pick(LastNames));
        var user = users.CreateAgent($"{firstName} {lastName}");

        return ApiOutcome.Created(new JsonObject
        {
            ["userId"] = user.UserId,
            ["password"] = user.Password,
            ["userFullName"] = user.Name,
            ["emailAddress"] = EmailAddress(firstName, lastName),
            ["agentServicesAccountNumber"] = user.AgentReferenceNumber,
        });
    }

    /// <summary>Checks the optional body, which contains serviceNames, a list of strings, when sent.</summary>
    private static bool HasValidServiceNames(ApiCall call)
    {
        var (body, error) = call.ParseBody();
        if (error is not null)
        {
            return error.Code == "RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED";
        }

        return body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("serviceNames", out var names)
            && names.ValueKind == JsonValueKind.Array
            && names.EnumerateArray().All(name => name.ValueKind == JsonValueKind.String);
    }

    private static string EmailAddress(string firstName, string lastName) =>
        $"{firstName}.{lastName}@example.com".ToLowerInvariant();

    private static string Pick(string[] values) => values[RandomNumberGenerator.GetInt32(values.Length)];
}
