using MtdIncomeTax.Emulator.Api;
using MtdIncomeTax.Emulator.Api.Pipeline;
using MtdIncomeTax.Emulator.Pages;

namespace MtdIncomeTax.Emulator.FraudPrevention;

/// <summary>
/// Test Fraud Prevention Headers 1.0: GET /test/fraud-prevention-headers/validate returns the
/// check of the request's own headers. The results of every API request are listed on the page
/// GET /fraud-prevention-headers and, in test mode, as JSON at GET /test-support/fraud-prevention-headers.
/// </summary>
internal static class FraudPreventionEndpoints
{
    public const string PagePath = "/fraud-prevention-headers";

    public static readonly HmrcApi TestFraudPreventionHeaders = new("Test Fraud Prevention Headers", ["1.0"], new Dictionary<string, string>());

    public static readonly ApiEndpoint Validate =
        new(TestFraudPreventionHeaders, HttpMethods.Get, ScenarioTable.None, ApplicationRestricted: true);

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/test/fraud-prevention-headers/validate", (HttpContext context, ApiPipeline pipeline) =>
            pipeline.RunAsync(context, Validate, nino: null, call =>
                Task.FromResult(ApiOutcome.Ok(FraudHeaderValidator.Validate(call.Http.Request.Headers)))));
        routes.MapGet(PagePath, (FraudHeaderResults results) => HtmlPage.Result(FraudHeadersPage.Render(results.Latest(50))));
    }

    /// <summary>Maps the test-mode routes: the latest results as JSON, newest first, and a way to forget them.</summary>
    public static void MapTestSupport(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/test-support/fraud-prevention-headers", (FraudHeaderResults results) => Results.Json(results.Latest()));
        routes.MapPost("/test-support/fraud-prevention-headers/clear", (FraudHeaderResults results) =>
        {
            results.Clear();
            return Results.NoContent();
        });
    }
}
