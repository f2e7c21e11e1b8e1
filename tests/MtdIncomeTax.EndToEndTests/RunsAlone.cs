namespace MtdIncomeTax.EndToEndTests;

/// <summary>
/// A collection that runs after all other tests, on its own. Program.cs lets Serilog's static
/// logger serve every host in the process, so while two apps run at once one app's log events can
/// land in the other's log file, and a check of that file fails.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
