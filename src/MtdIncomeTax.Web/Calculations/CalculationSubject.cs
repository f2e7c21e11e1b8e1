using MtdIncomeTax.Hmrc;

namespace MtdIncomeTax.Web.Calculations;

/// <summary>
/// Whose calculations a page works with: the HMRC connection and NINO to call with, the address
/// the calculation pages sit under, and the words and link the pages use for that person.
/// </summary>
/// <param name="ConnectionId">The business's own connection, or the practice's for a client.</param>
/// <param name="Nino">The NINO whose calculations HMRC is asked for.</param>
/// <param name="PathBase">The calculation pages' address without a trailing slash, such as "/calculations".</param>
/// <param name="Whose">The possessive the headings use: "your", or the client's name with "'s".</param>
/// <param name="BackPath">The page the calculation pages lead back to.</param>
/// <param name="BackText">That page's name after "Go to" or "go back to", such as "your dashboard".</param>
/// <param name="ClientId">The client a practice acts for, or null for the business's own calculations.</param>
public sealed record CalculationSubject(
    Guid ConnectionId,
    Nino Nino,
    string PathBase,
    string Whose,
    string BackPath,
    string BackText,
    Guid? ClientId)
{
    /// <summary>Whether staff act for a client rather than the business seeing its own calculations.</summary>
    public bool ForClient => ClientId is not null;

    /// <summary>
    /// The audit detail of a calculation request. A practice's requests for all its clients share one
    /// connection, so a client's detail names the client, and a calculation is only awaited for the
    /// client it was requested for.
    /// </summary>
    public string RequestDetail(string calculationId, TaxYear taxYear) =>
        ClientId is { } clientId
            ? $"In-year calculation {calculationId} for {taxYear.Value} for client {clientId}"
            : $"In-year calculation {calculationId} for {taxYear.Value}";
}
