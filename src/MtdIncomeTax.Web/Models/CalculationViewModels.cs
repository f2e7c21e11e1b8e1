using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Web.Calculations;
using MtdIncomeTax.Web.Guidance;

namespace MtdIncomeTax.Web.Models;

/// <summary>The page that requests an in-year calculation from HMRC, with HMRC's reason when it rejected the request.</summary>
public sealed record CalculationRequestViewModel(CalculationSubject Subject, TaxYear TaxYear, HmrcGuidance? Error);

/// <summary>A calculation HMRC is still working out, or has finished.</summary>
public sealed record CalculationViewModel(
    CalculationSubject Subject, TaxYear TaxYear, string CalculationId, CalculationResult? Summary, HmrcGuidance? Error);
