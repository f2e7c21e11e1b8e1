namespace MtdIncomeTax.Hmrc.Json;

public sealed class BusinessIdJsonConverter : ParsedValueJsonConverter<BusinessId>
{
    protected override string Describe => "business ID";

    protected override BusinessId? ParseOrNull(string? text) => BusinessId.TryParse(text, out var businessId) ? businessId : null;

    protected override string ValueOf(BusinessId value) => value.Value;
}
