using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

public sealed class ArnJsonConverter : ParsedValueJsonConverter<Arn>
{
    protected override string Describe => "Agent Reference Number";

    protected override Arn? ParseOrNull(string? text) => Arn.TryParse(text, out var arn) ? arn : null;

    protected override string ValueOf(Arn value) => value.Value;
}
