using MtdIncomeTax.Emulator.OAuth;

namespace MtdIncomeTax.Emulator.TestSupport;

/// <summary>Routes for end-to-end tests, mapped only when Emulator:TestMode is true.</summary>
internal static class TestSupportEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/test-support/issued-secrets", (OAuthStore store) => Results.Json(store.ListIssuedSecrets()));
}
