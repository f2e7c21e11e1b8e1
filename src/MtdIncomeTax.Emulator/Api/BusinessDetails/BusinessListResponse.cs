using System.Text.Json.Serialization;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api.BusinessDetails;

/// <summary>The List All Businesses response body; tradingType and tradingName are left out when null.</summary>
internal sealed record BusinessListResponse(
    [property: JsonPropertyName("listOfBusinesses")] IReadOnlyList<BusinessListItem> ListOfBusinesses)
{
    public static BusinessListResponse From(IEnumerable<Business> businesses) =>
        new(businesses.Select(b => new BusinessListItem(b.TypeOfBusiness, b.BusinessId, b.TradingType, b.TradingName))
            .ToList());
}
