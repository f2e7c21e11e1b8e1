using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.BusinessDetails;
using MtdIncomeTax.Web.Guidance;
using MtdIncomeTax.Web.Updates;

namespace MtdIncomeTax.Web.Models;

/// <summary>The quarterly update form: the business, the period it covers and the figures entered so far.</summary>
public sealed record UpdateFormViewModel(
    BusinessSummary Business,
    TaxYear TaxYear,
    DateOnly PeriodStartDate,
    DateOnly PeriodEndDate,
    DateOnly DueDate,
    UpdateFigures Figures,
    bool ShowErrors,
    string? StartingPoint);

/// <summary>An update to check before sending, or HMRC's reasons for rejecting it.</summary>
public sealed record UpdateReviewViewModel(
    QuarterlyUpdate Update,
    UpdateFigures Figures,
    string BusinessName,
    HmrcGuidance? Error,
    IReadOnlyList<UpdateFieldError> FieldErrors,
    string? Notice = null);

/// <summary>What happened to a sent update: HMRC's receipt, or an outcome still to be checked.</summary>
public sealed record UpdateStatusViewModel(
    QuarterlyUpdate Update,
    UpdateFigures Figures,
    string BusinessName,
    HmrcGuidance? Error = null);
