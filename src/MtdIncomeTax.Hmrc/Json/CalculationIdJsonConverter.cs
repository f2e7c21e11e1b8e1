namespace MtdIncomeTax.Hmrc.Json;

public sealed class CalculationIdJsonConverter : ParsedValueJsonConverter<CalculationId>
{
    protected override string Describe => "calculation ID";

    protected override CalculationId? ParseOrNull(string? text) => CalculationId.TryParse(text, out var calculationId) ? calculationId : null;

    protected override string ValueOf(CalculationId value) => value.Value;
}
