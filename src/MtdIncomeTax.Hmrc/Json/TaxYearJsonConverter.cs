namespace MtdIncomeTax.Hmrc.Json;

public sealed class TaxYearJsonConverter : ParsedValueJsonConverter<TaxYear>
{
    protected override string Describe => "tax year";

    protected override TaxYear? ParseOrNull(string? text) => TaxYear.TryParse(text, out var taxYear) ? taxYear : null;

    protected override string ValueOf(TaxYear value) => value.Value;
}
