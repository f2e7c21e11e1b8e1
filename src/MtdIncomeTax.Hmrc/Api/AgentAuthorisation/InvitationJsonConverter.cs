using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// Reads and writes an <see cref="Invitation"/> in HMRC's form. HMRC's own examples differ from its
/// schema, so reading accepts both: "service" as a string or a one-element array, times with or
/// without an offset, and "expiresOn" as a date with or without a time after it.
/// </summary>
public sealed class InvitationJsonConverter : JsonConverter<Invitation>
{
    private const string UtcTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override Invitation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected an invitation as a JSON object, found {root.ValueKind}.");
        }

        var href = RequiredString(SelfLinkOf(root), "href", "_links.self.href");
        var id = InvitationLocation.InvitationIdOf(href)
            ?? throw new JsonException($"_links.self.href '{href}' does not end in an invitation ID.");

        var arnText = RequiredString(root, "arn", "arn");
        if (!Arn.TryParse(arnText, out var arn))
        {
            throw new JsonException($"arn '{arnText}' is not an Agent Reference Number.");
        }

        return new Invitation(
            id,
            arn,
            ServiceOf(root),
            StatusOf(RequiredString(root, "status", "status")),
            TimeOf(RequiredString(root, "created", "created"), "created"))
        {
            Href = href,
            Updated = OptionalString(root, "updated") is { } updated ? TimeOf(updated, "updated") : null,
            ExpiresOn = OptionalString(root, "expiresOn") is { } expiresOn ? DateOf(expiresOn) : null,
            ClientActionUrl = OptionalString(root, "clientActionUrl") is { } url ? UrlOf(url) : null,
            AgentType = AgentTypeOf(OptionalString(root, "agentType")),
        };
    }

    public override void Write(Utf8JsonWriter writer, Invitation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);

        writer.WriteStartObject();
        writer.WriteStartObject("_links");
        writer.WriteStartObject("self");
        writer.WriteString("href", value.Href);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("arn", value.Arn.Value);
        writer.WriteString("service", value.Service);
        writer.WriteString("status", value.Status.ToString());
        writer.WriteString("created", value.Created.UtcDateTime.ToString(UtcTimeFormat, CultureInfo.InvariantCulture));
        if (value.Updated is { } updated)
        {
            writer.WriteString("updated", updated.UtcDateTime.ToString(UtcTimeFormat, CultureInfo.InvariantCulture));
        }

        if (value.ExpiresOn is { } expiresOn)
        {
            writer.WriteString("expiresOn", expiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (value.ClientActionUrl is { } url)
        {
            writer.WriteString("clientActionUrl", url.AbsoluteUri);
        }

        if (value.AgentType is { } agentType)
        {
            writer.WriteString("agentType", agentType == AgentType.Main ? "main" : "supporting");
        }

        writer.WriteEndObject();
    }

    /// <summary>Maps HMRC's status text to the enum, ignoring case; any other text is Unknown.</summary>
    internal static InvitationStatus StatusOf(string? status) => status?.ToUpperInvariant() switch
    {
        "PENDING" => InvitationStatus.Pending,
        "ACCEPTED" => InvitationStatus.Accepted,
        "REJECTED" => InvitationStatus.Rejected,
        "CANCELLED" => InvitationStatus.Cancelled,
        "EXPIRED" => InvitationStatus.Expired,
        "DEAUTHORISED" => InvitationStatus.Deauthorised,
        "PARTIALAUTH" => InvitationStatus.Partialauth,
        _ => InvitationStatus.Unknown,
    };

    /// <summary>Maps "main" and "supporting", ignoring case; anything else, or nothing, is null.</summary>
    internal static AgentType? AgentTypeOf(string? agentType) => agentType?.ToUpperInvariant() switch
    {
        "MAIN" => AgentType.Main,
        "SUPPORTING" => AgentType.Supporting,
        _ => null,
    };

    /// <summary>Reads "service" as a string or, as the schema has it, an array of one string.</summary>
    internal static string ServiceOf(JsonElement element)
    {
        if (element.TryGetProperty("service", out var service))
        {
            if (service.ValueKind == JsonValueKind.String)
            {
                return service.GetString()!;
            }

            if (service.ValueKind == JsonValueKind.Array && service.GetArrayLength() == 1
                && service[0].ValueKind == JsonValueKind.String)
            {
                return service[0].GetString()!;
            }
        }

        throw new JsonException("service is missing, or is neither a string nor an array of one string.");
    }

    private static JsonElement SelfLinkOf(JsonElement root) =>
        root.TryGetProperty("_links", out var links)
        && links.ValueKind == JsonValueKind.Object
        && links.TryGetProperty("self", out var self)
            ? self
            : default;

    private static DateTimeOffset TimeOf(string text, string name) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new JsonException($"{name} '{text}' is not a date and time.");

    // HMRC documents expiresOn as a date but its examples add a time, once as "T00:00:00:000".
    private static DateOnly DateOf(string text) =>
        text.Length >= 10
        && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException($"expiresOn '{text}' does not start with a date such as 2026-01-31.");

    private static Uri UrlOf(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url)
            ? url
            : throw new JsonException($"clientActionUrl '{text}' is not an absolute URL.");

    private static string RequiredString(JsonElement element, string property, string path) =>
        OptionalString(element, property) ?? throw new JsonException($"{path} is missing or not a string.");

    private static string? OptionalString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
