using MtdIncomeTax.Data.Stores.Agents;

namespace MtdIncomeTax.Web.Agents.CheckAll;

/// <summary>
/// What refreshing one client's status found. <see cref="PracticeProblem"/> is set when HMRC
/// refused the practice itself (not linked, grant ended, not an agent account), which stops the
/// whole run; it says why in plain words.
/// </summary>
public sealed record ClientCheckOutcome(ClientCheckResult Result, string? PracticeProblem = null)
{
    public static ClientCheckOutcome Unchanged { get; } = new(ClientCheckResult.Unchanged);

    public static ClientCheckOutcome Changed { get; } = new(ClientCheckResult.Changed);

    public static ClientCheckOutcome Failed { get; } = new(ClientCheckResult.Failed);

    public static ClientCheckOutcome StopsRun(string reason) => new(ClientCheckResult.Failed, reason);
}
