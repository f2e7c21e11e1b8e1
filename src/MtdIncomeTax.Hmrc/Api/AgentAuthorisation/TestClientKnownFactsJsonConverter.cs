using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// Reads <see cref="TestClientKnownFacts"/> with "service" as a string or a one-element array, as
/// <see cref="InvitationJsonConverter"/> does, and writes "service" as the array of the example.
/// </summary>
public sealed class TestClientKnownFactsJsonConverter : JsonConverter<TestClientKnownFacts>
{
    public override TestClientKnownFacts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected known facts as a JSON object, found {root.ValueKind}.");
        }

        return new TestClientKnownFacts(
            InvitationJsonConverter.ServiceOf(root),
            RequiredString(root, "clientType"),
            RequiredString(root, "clientIdType"),
            RequiredString(root, "clientId"),
            RequiredString(root, "knownFact"));
    }

    public override void Write(Utf8JsonWriter writer, TestClientKnownFacts value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);

        writer.WriteStartObject();
        writer.WriteStartArray("service");
        writer.WriteStringValue(value.Service);
        writer.WriteEndArray();
        writer.WriteString("clientType", value.ClientType);
        writer.WriteString("clientIdType", value.ClientIdType);
        writer.WriteString("clientId", value.ClientId);
        writer.WriteString("knownFact", value.KnownFact);
        writer.WriteEndObject();
    }

    private static string RequiredString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new JsonException($"{property} is missing or not a string.");
}
