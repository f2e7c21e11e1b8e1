using System.Text.Json;
using System.Text.RegularExpressions;
using MtdIncomeTax.Emulator.Agents;

namespace MtdIncomeTax.Emulator.Api.Agents;

/// <summary>
/// The client part of an Agent Authorisation request body: service, clientType, clientIdType,
/// clientId, knownFact and agentType. Create takes all of them, check relationship has no
/// clientType, and de-authorise has no knownFact. The emulator serves Income Tax only, so a
/// service other than MTD-IT is SERVICE_NOT_SUPPORTED.
/// </summary>
internal sealed partial record ClientRequest(string Nino, string? Postcode, AgentType AgentType)
{
    public const string IncomeTaxService = "MTD-IT";

    /// <summary>
    /// Parses and checks the body in the order of HMRC's validator, returning the first error:
    /// BAD_REQUEST for a missing field or a value of the wrong JSON type, then the field's own code.
    /// </summary>
    public static (ClientRequest? Request, ApiError? Error) Parse(
        JsonElement body,
        HmrcApi api,
        bool hasClientType,
        bool hasKnownFact)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Fail(api, "BAD_REQUEST");
        }

        var service = ReadService(body);
        var clientType = hasClientType ? ReadString(body, "clientType") : "";
        var clientIdType = ReadString(body, "clientIdType");
        var clientId = ReadString(body, "clientId");
        var knownFact = hasKnownFact ? ReadString(body, "knownFact") : "";
        if (service is null || clientType is null || clientIdType is null || clientId is null || knownFact is null)
        {
            return Fail(api, "BAD_REQUEST");
        }

        var code = service != IncomeTaxService ? "SERVICE_NOT_SUPPORTED"
            : hasClientType && clientType != "personal" ? "CLIENT_TYPE_NOT_SUPPORTED"
            : clientIdType != "ni" ? "CLIENT_ID_DOES_NOT_MATCH_SERVICE"
            : !IsNino(clientId) ? "CLIENT_ID_FORMAT_INVALID"
            : hasKnownFact && !PostcodePattern().IsMatch(knownFact) ? "POSTCODE_FORMAT_INVALID"
            : null;
        if (code is not null)
        {
            return Fail(api, code);
        }

        var agentType = ReadAgentType(body);

        return agentType is null
            ? Fail(api, "AGENT_TYPE_NOT_SUPPORTED")
            : (new ClientRequest(clientId, hasKnownFact ? knownFact : null, agentType.Value), null);
    }

    /// <summary>Compares postcodes as HMRC does, ignoring case and spaces.</summary>
    public static bool PostcodesMatch(string? requestPostcode, string? recordedPostcode) =>
        requestPostcode is not null && recordedPostcode is not null && Normalise(requestPostcode) == Normalise(recordedPostcode);

    private static (ClientRequest?, ApiError?) Fail(HmrcApi api, string code) => (null, api.Error(code));

    // The service is a string, or the one-element array that earlier versions of the API took.
    private static string? ReadService(JsonElement body)
    {
        if (!body.TryGetProperty("service", out var service))
        {
            return null;
        }

        if (service.ValueKind == JsonValueKind.Array && service.GetArrayLength() == 1)
        {
            service = service[0];
        }

        return service.ValueKind == JsonValueKind.String ? service.GetString() : null;
    }

    private static string? ReadString(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // agentType is optional and defaults to main; null counts as absent, as the specification makes it nullable.
    private static AgentType? ReadAgentType(JsonElement body)
    {
        if (!body.TryGetProperty("agentType", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return AgentType.Main;
        }

        return value.ValueKind != JsonValueKind.String ? null : value.GetString() switch
        {
            "main" => AgentType.Main,
            "supporting" => AgentType.Supporting,
            _ => null,
        };
    }

    // The specification's ClientIdNINO pattern needs the suffix letter that HMRC's NINO rules make optional.
    private static bool IsNino(string value) =>
        value.Length == 9 && Api.Nino.IsValid(value) && value[8] is >= 'A' and <= 'D';

    private static string Normalise(string postcode) =>
        postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    // The KnownFactPostcode pattern of the specification, with lower case allowed as in its JSON schemas.
    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][0-9A-Z]?\s?[0-9][A-Z]{2}$|^BFPO\s?[0-9]{1,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex PostcodePattern();
}
