namespace MtdIncomeTax.Web.Agents.CheckAll;

/// <summary>Asks HMRC about one client of a practice and stores the status it reports.</summary>
public interface IClientStatusRefresher
{
    Task<ClientCheckOutcome> RefreshAsync(Guid practiceId, Guid clientId, CancellationToken cancellationToken);
}
