using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Web.Obligations;

namespace MtdIncomeTax.Web.Models;

/// <summary>
/// What the obligations partial shows: the quarterly updates and final declaration HMRC expects,
/// links to the other tax years on <see cref="PagePath"/>, and, for a business, the links to send
/// updates. Staff acting for a client see no send links, and a calculation link only where their
/// agent type allows it.
/// </summary>
public sealed record ObligationsPanel(ObligationsOverview Overview, IReadOnlyList<TaxYear> OtherTaxYears, string PagePath)
{
    /// <summary>Whether the person is the business itself, who can send updates, rather than an agent.</summary>
    public bool ForBusiness { get; init; } = true;

    /// <summary>The page that requests a tax calculation, given the tax year as a query; null shows no link.</summary>
    public string? CalculationPath { get; init; } = "/calculations/new";
}
