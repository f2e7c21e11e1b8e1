using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Agents;

namespace MtdIncomeTax.Web.Agents.CheckAll;

/// <summary>
/// The "check all clients" panel and its status JSON: the practice's latest run, or none, and the
/// page address its refresh link and start form return to.
/// </summary>
public sealed record ClientCheckView(ClientCheckRun? Run, string ReturnPath)
{
    /// <summary>
    /// Whether the panel sits above the client list, whose counts and table go stale when a run
    /// finishes while the page is open. The panel then has its own heading and an update link.
    /// </summary>
    public bool OnClientList { get; init; }

    /// <summary>The summary's heading element, one level below the panel's heading or the page's.</summary>
    public string SummaryHeadingTag => OnClientList ? "h3" : "h2";

    public bool IsRunning => Run?.Status == ClientCheckRunStatus.Running;

    /// <summary>"none", "running", "completed" or "stopped", as the status JSON gives it.</summary>
    public string State => Run?.Status.ToString().ToLowerInvariant() ?? "none";

    /// <summary>Whole percent of the run's clients checked; 100 for a run over no clients.</summary>
    public int Percent => Run is null || Run.Total == 0 ? 100 : Math.Min(100, Run.Checked * 100 / Run.Total);

    /// <summary>The count of clients per status when the run completed, in the order statuses are listed.</summary>
    public IReadOnlyList<KeyValuePair<ClientRelationshipStatus, int>> CountByStatus =>
        ClientCheckSummary.Parse(Run?.SummaryJson).OrderBy(pair => pair.Key).ToList();

    /// <summary>For example "Checked 12 of 40 clients: 3 changed, 1 could not be checked."</summary>
    public string ProgressText => Run is null
        ? "No check has been run yet."
        : $"Checked {Run.Checked} of {Run.Total} clients: {Run.Changed} changed, {Run.Failed} could not be checked.";

    /// <summary>For example "Finished on 4 December 2026 at 4:05pm.", or null while running.</summary>
    public string? FinishedText => Run?.CompletedAt is { } completedAt
        ? (Run.Status == ClientCheckRunStatus.Stopped ? "Stopped on " : "Finished on ") + Display.DateTime(completedAt) + "."
        : null;

    /// <summary>The status as the page's script reads it.</summary>
    public object ToJson() => new
    {
        state = State,
        total = Run?.Total ?? 0,
        @checked = Run?.Checked ?? 0,
        changed = Run?.Changed ?? 0,
        failed = Run?.Failed ?? 0,
        percent = Percent,
        progressText = ProgressText,
        startedAt = Run?.StartedAt,
        completedAt = Run?.CompletedAt,
        finishedText = FinishedText,
        stopReason = Run?.StopReason,
        countByStatus = CountByStatus.Select(pair => new { status = pair.Key.ToString(), name = ClientStatusText.Status(pair.Key), count = pair.Value }),
    };
}
