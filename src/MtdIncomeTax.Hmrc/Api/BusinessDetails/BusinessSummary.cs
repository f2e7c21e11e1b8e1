using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.BusinessDetails;

/// <summary>
/// One income source. TypeOfBusiness is one of self-employment, uk-property, foreign-property or
/// property-unspecified; trading type and name come only with a self-employment.
/// </summary>
public sealed record BusinessSummary(string TypeOfBusiness, string BusinessId, string? TradingType = null, string? TradingName = null)
{
    /// <summary>A plain-English name for the kind of income source.</summary>
    [JsonIgnore]
    public string Description => TypeOfBusiness switch
    {
        "self-employment" => "Self-employment",
        "uk-property" => "UK property",
        "foreign-property" => "Foreign property",
        "property-unspecified" => "Property (type not given)",
        _ => TypeOfBusiness,
    };
}
