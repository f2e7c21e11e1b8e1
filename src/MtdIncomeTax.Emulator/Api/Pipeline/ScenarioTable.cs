namespace MtdIncomeTax.Emulator.Api.Pipeline;

/// <summary>
/// The Gov-Test-Scenario values one endpoint documents: each error scenario with the error code
/// it answers, and the data scenarios that answer the specification's example. An absent header,
/// DEFAULT and STATEFUL are not listed: they always use the test user's stored data.
/// </summary>
internal sealed class ScenarioTable
{
    public static readonly ScenarioTable None = new();

    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _examples = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public IReadOnlySet<string> Examples => _examples;

    /// <summary>Adds a scenario that returns the given error code.</summary>
    public ScenarioTable Error(string scenario, string code)
    {
        _errors.Add(scenario, code);
        return this;
    }

    /// <summary>Adds scenarios that each return the rule error of the same name, such as X → RULE_X.</summary>
    public ScenarioTable RuleErrors(params string[] scenarios)
    {
        foreach (var scenario in scenarios)
        {
            _errors.Add(scenario, "RULE_" + scenario);
        }

        return this;
    }

    public ScenarioTable Example(params string[] scenarios)
    {
        _examples.UnionWith(scenarios);
        return this;
    }
}
