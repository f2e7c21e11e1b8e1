namespace MtdIncomeTax.Data.Entities;

/// <summary>
/// One "check all clients" run of a practice. Progress is stored as it goes, so the page can show
/// it after a reload, and a lease lets one app instance at a time carry on with it after a restart.
/// </summary>
public sealed class ClientCheckRun
{
    public Guid Id { get; set; }

    public Guid PracticeId { get; set; }

    public Guid StartedByUserId { get; set; }

    public ClientCheckRunStatus Status { get; set; }

    /// <summary>Clients on the list when the run started; clients added later wait for the next run.</summary>
    public int Total { get; set; }

    public int Checked { get; set; }

    /// <summary>Clients whose status changed.</summary>
    public int Changed { get; set; }

    /// <summary>Clients HMRC could not be asked about; their status is left as it was.</summary>
    public int Failed { get; set; }

    /// <summary>Count of clients per status at the end, as JSON, for the summary.</summary>
    public string? SummaryJson { get; set; }

    /// <summary>Why the run stopped early, in plain words.</summary>
    public string? StopReason { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The app instance working on the run, until <see cref="LeaseExpiresAt"/>.</summary>
    public string? LeaseHolder { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public Guid ConcurrencyToken { get; set; }
}
