using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using AgentType = MtdIncomeTax.Data.Entities.AgentType;
using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// Checks and normalises one client's details, as typed on the add form or read from a CSV row:
/// the name trimmed, the NINO in canonical form, the postcode as HMRC records it ("TF3 4NT", "BFPO 123").
/// </summary>
public static class ClientFields
{
    public const int MaxNameLength = 200;

    public const string NameField = "name";
    public const string NinoField = "nino";
    public const string PostcodeField = "postcode";
    public const string AgentTypeField = "agent-type";

    public const string HiddenCharacterMessage =
        "The client's name contains a control character or a hidden text-direction character. Type the name again instead of pasting it";

    /// <summary>
    /// Returns the client when every field is valid; otherwise null, with one error per invalid
    /// field in form order. A blank agent type means main agent.
    /// </summary>
    public static NewAgentClient? Validate(
        string? name,
        string? nino,
        string? postcode,
        string? agentType,
        List<InputError> errors)
    {
        var trimmedName = name?.Trim() ?? "";
        if (trimmedName.Length == 0)
        {
            errors.Add(new InputError(NameField, "Enter the client's name"));
        }
        else if (trimmedName.Length > MaxNameLength)
        {
            errors.Add(new InputError(NameField, $"The client's name must be {MaxNameLength} characters or fewer"));
        }
        else if (trimmedName.Any(IsHiddenCharacter))
        {
            errors.Add(new InputError(NameField, HiddenCharacterMessage));
        }

        Nino? parsedNino = null;
        if (string.IsNullOrWhiteSpace(nino))
        {
            errors.Add(new InputError(NinoField, "Enter the client's National Insurance number"));
        }
        else if (!Nino.TryParse(nino, out parsedNino))
        {
            errors.Add(new InputError(NinoField, "Enter a National Insurance number in the correct format, like QQ 12 34 56 C"));
        }

        string? normalisedPostcode = null;
        if (string.IsNullOrWhiteSpace(postcode))
        {
            errors.Add(new InputError(PostcodeField, "Enter the client's postcode"));
        }
        else if (!KnownFactPostcode.TryNormalise(postcode, out normalisedPostcode))
        {
            errors.Add(new InputError(PostcodeField, "Enter a real UK postcode, like TF3 4NT, or a BFPO number, like BFPO 123"));
        }

        var type = ParseAgentType(agentType);
        if (type is null)
        {
            errors.Add(new InputError(AgentTypeField, "Choose main agent or supporting agent"));
        }

        var nameValid = trimmedName.Length is > 0 and <= MaxNameLength && !trimmedName.Any(IsHiddenCharacter);
        return parsedNino is null || normalisedPostcode is null || type is null || !nameValid
            ? null
            : new NewAgentClient(trimmedName, parsedNino.Value, normalisedPostcode, type.Value);
    }

    /// <summary>
    /// Whether a character is a C0 or C1 control character (U+0000 to U+001F, U+007F to U+009F) or a
    /// bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069), which can
    /// make a name display differently from what it contains.
    /// </summary>
    // NOTE: names may start with = + - or @ because pages encode them. No client CSV export exists;
    // one would have to neutralise those as ConnectionsCsv does, or spreadsheets run them as formulas.
    public static bool IsHiddenCharacter(char character) =>
        char.IsControl(character) || character is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Reads "main" or "supporting" in any case, with or without the word "agent"; blank is main.</summary>
    public static AgentType? ParseAgentType(string? value)
    {
        var text = value?.Trim().ToLowerInvariant() ?? "";
        if (text.EndsWith(" agent", StringComparison.Ordinal))
        {
            text = text[..^" agent".Length].TrimEnd();
        }

        return text switch
        {
            "" or "main" => AgentType.Main,
            "supporting" => AgentType.Supporting,
            _ => null,
        };
    }
}
