using System.Text.Json.Serialization;

namespace MtdIncomeTax.Emulator.Api.BusinessDetails;

/// <summary>One income source in the List All Businesses response.</summary>
internal sealed record BusinessListItem(
    [property: JsonPropertyName("typeOfBusiness")] string TypeOfBusiness,
    [property: JsonPropertyName("businessId")] string BusinessId,
    [property: JsonPropertyName("tradingType"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? TradingType,
    [property: JsonPropertyName("tradingName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? TradingName);
