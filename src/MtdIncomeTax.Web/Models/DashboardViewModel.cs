using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;

namespace MtdIncomeTax.Web.Models;

/// <summary>
/// The business dashboard: the connection (null when not linked), the businesses HMRC lists, or
/// the error HMRC gave instead, and the NINO correction form's state.
/// </summary>
public sealed record DashboardViewModel(
    HmrcConnection? Connection,
    IReadOnlyList<BusinessSummary>? Businesses,
    HmrcApiError? BusinessesError,
    string? NinoInput = null,
    string? NinoError = null);
