namespace MtdIncomeTax.IntegrationTests.Support;

/// <summary>
/// A collection that runs after all other tests, on its own. Program.cs lets Serilog's static
/// logger serve every host in the process, so while another test host starts, this host's log
/// events can land in that host's sink.
/// </summary>
[CollectionDefinition(nameof(SupportLoggingTests), DisableParallelization = true)]
public sealed class SupportLoggingRunsAlone;
