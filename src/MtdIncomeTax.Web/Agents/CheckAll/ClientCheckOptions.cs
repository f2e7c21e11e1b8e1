using System.ComponentModel.DataAnnotations;

namespace MtdIncomeTax.Web.Agents.CheckAll;

/// <summary>Settings of "check all clients" runs, bound to the "Agents:CheckAll" configuration section.</summary>
public sealed class ClientCheckOptions
{
    public const string SectionName = "Agents:CheckAll";

    /// <summary>
    /// Whether this instance works on runs. Staff can still start a run on an instance that does
    /// not, and another instance carries it out. Default true.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Time between two looks for runs that no instance is working on, such as one left by an
    /// instance that stopped. A run started on this instance begins at once. Default 5 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a run stays with the instance working on it without a renewal. The lease is
    /// renewed after each batch of clients, so it must outlast one batch. Default 2 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Clients of one run checked at the same time. HMRC calls still wait for the app-wide rate
    /// limiter; a few in flight keep it busy without queuing every client at once. Default 4.
    /// </summary>
    [Range(1, 50)]
    public int ClientsInFlight { get; set; } = 4;

    /// <summary>Clients read from the database at a time; the lease is renewed after each batch. Default 40.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 40;
}
