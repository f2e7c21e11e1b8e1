using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Json;

/// <summary>
/// Writes amounts with at most two decimal places, because HMRC rejects more with FORMAT_VALUE.
/// A value with more places is rounded half away from zero. Forms validate input to pence before
/// it gets here, so the rounding is a last guard, not a change of what a person typed.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return reader.GetDecimal();
        }

        var text = reader.GetString();
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException($"'{text}' is not an amount.");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Math.Round(value, 2, MidpointRounding.AwayFromZero));
}
