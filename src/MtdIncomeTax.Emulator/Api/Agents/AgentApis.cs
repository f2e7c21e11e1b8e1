namespace MtdIncomeTax.Emulator.Api.Agents;

/// <summary>
/// The Agent Authorisation API and its sandbox Test Support API, with the error messages of
/// their published specifications' examples. Neither needs fraud prevention headers. Their own
/// services respond to a missing or wrong Accept header, a missing or rejected token and a body
/// that is not JSON, so those errors take the APIs' wording in place of the platform's.
/// </summary>
internal static class AgentApis
{
    private static readonly ApiError AcceptHeaderMissing =
        new(StatusCodes.Status406NotAcceptable, "ACCEPT_HEADER_INVALID", "Missing 'Accept' header.");

    private static readonly ApiError AcceptHeaderInvalid =
        new(StatusCodes.Status406NotAcceptable, "ACCEPT_HEADER_INVALID", "Invalid 'Accept' header");

    private static readonly ApiError Unauthorized =
        new(StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "Bearer token is missing or not authorized.");

    private static readonly ApiError UnsupportedContentType =
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", "Missing or unsupported content-type.");

    /// <summary>Agent Authorisation: 1.0, and 2.0, which adds de-authorising a client.</summary>
    public static readonly HmrcApi AgentAuthorisation = new("Agent Authorisation", ["1.0", "2.0"], new Dictionary<string, string>
    {
        ["BAD_REQUEST"] = "Bad Request",
        ["SERVICE_NOT_SUPPORTED"] =
            "The service requested is not supported. Check the API documentation to find which services are supported.",
        ["CLIENT_TYPE_NOT_SUPPORTED"] =
            "The client type requested is not supported. Check the API documentation to find which client types are supported.",
        ["CLIENT_ID_FORMAT_INVALID"] =
            "Client identifier must be in the correct format. Check the API documentation to find the correct format.",
        ["CLIENT_ID_DOES_NOT_MATCH_SERVICE"] =
            "The type of client Identifier provided cannot be used with the requested service. "
            + "Check the API documentation for details of the correct client identifiers to use.",
        ["POSTCODE_FORMAT_INVALID"] =
            "Postcode must be in the correct format. Check the API documentation to find the correct format.",
        ["AGENT_TYPE_NOT_SUPPORTED"] =
            "The agent type requested is not supported. Check the API documentation to find which agent types are supported.",
        ["CLIENT_REGISTRATION_NOT_FOUND"] = "The details provided for this client do not match HMRC's records.",
        ["POSTCODE_DOES_NOT_MATCH"] = "The postcode provided does not match HMRC's record for the client.",
        ["NOT_AN_AGENT"] =
            "This user does not have a Government Gateway agent account. "
            + "They need to create an Government Gateway agent account before they can use this service.",
        ["AGENT_NOT_SUBSCRIBED"] =
            "This agent needs to create an agent services account before they can use this service.",
        ["NO_PERMISSION_ON_AGENCY"] =
            "The user that is signed in cannot access this authorisation request. "
            + "Their details do not match the agent business that created the authorisation request.",
        ["DUPLICATE_AUTHORISATION_REQUEST"] =
            "An authorisation request for this service has already been created and is awaiting the client’s response.",
        ["ALREADY_AUTHORISED"] =
            "The client has already authorised the agent for this service. "
            + "The agent does not need ask the client for this authorisation again.",
        ["ALREADY_BEING_PROCESSED"] = "More than one request received to create the same invitation.",
        ["INVALID_INVITATION_STATUS"] =
            "This authorisation request cannot be cancelled as the client has already responded to the request, "
            + "or the request has expired.",
        ["NO_RELATIONSHIP"] = "The specified relationship does not exist.",
        ["INVITATION_NOT_FOUND"] = "The authorisation request cannot be found.",
        ["RELATIONSHIP_NOT_FOUND"] = "Relationship is inactive. Agent is not authorised to act for this client.",
    })
    {
        RecordsFraudHeaders = false,
        PlatformErrors = new Dictionary<string, ApiError>
        {
            ["ACCEPT_HEADER_MISSING"] = AcceptHeaderMissing,
            [AcceptHeaderInvalid.Code] = AcceptHeaderInvalid,
            [ApiError.MissingCredentials.Code] = Unauthorized,
            [ApiError.InvalidCredentials.Code] = Unauthorized,
            [ApiError.InvalidBodyType.Code] = UnsupportedContentType,
        },
    };

    /// <summary>Agent Authorisation Test Support 1.0, which accepts or rejects invitations as a client would.</summary>
    public static readonly HmrcApi AgentAuthorisationTestSupport =
        new("Agent Authorisation Test Support", ["1.0"], new Dictionary<string, string>())
        {
            RecordsFraudHeaders = false,
            PlatformErrors = new Dictionary<string, ApiError>
            {
                ["ACCEPT_HEADER_MISSING"] = AcceptHeaderMissing,
                [AcceptHeaderInvalid.Code] = AcceptHeaderInvalid,
            },
        };
}
