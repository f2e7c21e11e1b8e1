using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Web.Obligations;

namespace MtdIncomeTax.Web.Models;

/// <summary>
/// The business dashboard: the connection (null when not linked), the businesses HMRC lists, or
/// the error HMRC gave instead, the obligations of the tax year shown, the updates entered
/// lately, and the NINO correction form's state.
/// </summary>
public sealed record DashboardViewModel(
    HmrcConnection? Connection,
    IReadOnlyList<BusinessSummary>? Businesses,
    HmrcApiError? BusinessesError,
    string? NinoInput = null,
    string? NinoError = null)
{
    public ObligationsOverview? Obligations { get; init; }

    public IReadOnlyList<QuarterlyUpdate> RecentUpdates { get; init; } = [];

    /// <summary>The tax years the person can switch to.</summary>
    public IReadOnlyList<Hmrc.TaxYear> OtherTaxYears { get; init; } = [];
}
