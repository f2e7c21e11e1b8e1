using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>
/// The known facts the sandbox holds for a test client, in the shape of a create-invitation body.
/// For MTD-IT the known fact is the postcode to send with an authorisation request.
/// </summary>
[JsonConverter(typeof(TestClientKnownFactsJsonConverter))]
public sealed record TestClientKnownFacts(string Service, string ClientType, string ClientIdType, string ClientId, string KnownFact)
{
    public string Postcode => KnownFact;
}
