using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Json;

/// <summary>Writes a value type as its plain string and reads it back through its parser.</summary>
public abstract class ParsedValueJsonConverter<T> : JsonConverter<T>
    where T : class
{
    protected abstract string Describe { get; }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {Describe} as a JSON string, found {reader.TokenType}.");
        }

        var text = reader.GetString();
        return ParseOrNull(text) ?? throw new JsonException($"'{text}' is not a valid {Describe}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ValueOf(value));

    protected abstract T? ParseOrNull(string? text);

    protected abstract string ValueOf(T value);
}
