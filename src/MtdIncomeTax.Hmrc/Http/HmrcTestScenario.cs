namespace MtdIncomeTax.Hmrc.Http;

/// <summary>
/// A Gov-Test-Scenario for the calls made in the current async flow, overriding the per-API
/// setting: <c>using (HmrcTestScenario.Use("NOT_FOUND")) { ... }</c>. It is sent only when
/// Hmrc:AllowGovTestScenario is true.
/// </summary>
public static class HmrcTestScenario
{
    private static readonly AsyncLocal<string?> CurrentScenario = new();

    /// <summary>The scenario set for the current async flow, or null.</summary>
    public static string? Current => CurrentScenario.Value;

    /// <summary>Sets the scenario until the returned scope is disposed, then restores the one before.</summary>
    public static IDisposable Use(string scenario)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenario);
        var previous = CurrentScenario.Value;
        CurrentScenario.Value = scenario;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => CurrentScenario.Value = previous;
    }
}
