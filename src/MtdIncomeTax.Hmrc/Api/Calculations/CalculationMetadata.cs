using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.Calculations;

/// <summary>
/// What a calculation is. CalculationType is HMRC's string: in-year, intent-to-finalise,
/// intent-to-amend, declare-finalisation or confirm-amendment from 2025-26 (final-declaration
/// before). The declaration flags exist up to 2024-25, the finalisation timestamps from 2025-26.
/// </summary>
public sealed record CalculationMetadata(
    CalculationId CalculationId,
    TaxYear TaxYear,
    string RequestedBy,
    string CalculationReason,
    string CalculationType,
    DateOnly PeriodFrom,
    DateOnly PeriodTo)
{
    public DateTimeOffset? RequestedTimestamp { get; init; }

    public DateTimeOffset? CalculationTimestamp { get; init; }

    public string? CalculationTrigger { get; init; }

    public bool? IntentToSubmitFinalDeclaration { get; init; }

    public bool? FinalDeclaration { get; init; }

    public DateTimeOffset? FinalDeclarationTimestamp { get; init; }

    public DateTimeOffset? FinalisationTimestamp { get; init; }

    public DateTimeOffset? ConfirmationTimestamp { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
