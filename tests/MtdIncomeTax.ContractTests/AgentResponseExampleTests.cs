using System.Text.Json;
using System.Text.Json.Nodes;
using MtdIncomeTax.ContractTests.Specs;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.ContractTests;

/// <summary>
/// Every success example of the Agent Authorisation API, in both versions, and of its test support
/// API reads into our models with each documented field kept. The models accept the examples and
/// the schema alike, because they differ: the examples give "service" as a string, not an array,
/// write times without an offset, and once end expiresOn with "T00:00:00:000".
/// </summary>
public sealed class AgentResponseExampleTests
{
    public static TheoryData<string, string, string> InvitationExamples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var folder in new[] { ApiSpec.AgentAuthorisation, ApiSpec.AgentAuthorisationV1 })
        {
            foreach (var template in new[] { "/agents/{arn}/invitations", "/agents/{arn}/invitations/{invitationId}" })
            {
                foreach (var (name, _) in ApiSpec.Load(folder).Operation("GET", template).ResponseExamples("200"))
                {
                    data.Add(folder, template, name);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Both_versions_document_invitation_examples()
    {
        var examples = InvitationExamples().Select(row => $"{row[0]} {row[1]}").Distinct().Count();

        Assert.Equal(4, examples);
    }

    [Theory]
    [MemberData(nameof(InvitationExamples))]
    public void Invitation_example_reads_into_model(string folder, string template, string name)
    {
        var body = ApiSpec.Load(folder).Operation("GET", template).ResponseExamples("200").Single(example => example.Name == name).Body!;
        var objects = body is JsonArray array ? array.Select(item => item!.AsObject()).ToList() : [body.AsObject()];

        var invitations = body is JsonArray
            ? JsonSerializer.Deserialize<IReadOnlyList<Invitation>>(body.ToJsonString(), HmrcJson.Options)!
            : [JsonSerializer.Deserialize<Invitation>(body.ToJsonString(), HmrcJson.Options)!];

        Assert.Equal(objects.Count, invitations.Count);
        foreach (var (json, invitation) in objects.Zip(invitations))
        {
            Assert.Equal("CS5AK7O8FPC43", invitation.Id);
            Assert.Equal((string?)json["_links"]!["self"]!["href"], invitation.Href);
            Assert.Equal((string?)json["arn"], invitation.Arn.Value);
            Assert.Equal((string?)json["service"], invitation.Service);
            Assert.Equal((string?)json["status"], invitation.Status.ToString());
            Assert.Equal(new DateTimeOffset(2019, 1, 21, 14, 27, 44, 620, TimeSpan.Zero), invitation.Created);
            Assert.Equal(json.ContainsKey("updated"), invitation.Updated.HasValue);
            Assert.Equal(json.ContainsKey("expiresOn") ? new DateOnly(2019, 2, 11) : null, invitation.ExpiresOn);
            Assert.Equal((string?)json["clientActionUrl"], invitation.ClientActionUrl?.AbsoluteUri);
            Assert.Equal((string?)json["agentType"], invitation.AgentType?.ToString().ToLowerInvariant());
        }
    }

    [Fact]
    public void Known_facts_example_reads_into_model()
    {
        var example = Path.Combine(SpecFolder.PathOf(ApiSpec.AgentAuthorisationTestSupport), "examples", "known-fact-mtd-it.json");

        var facts = JsonSerializer.Deserialize<TestClientKnownFacts>(File.ReadAllText(example), HmrcJson.Options)!;

        Assert.Equal("MTD-IT", facts.Service);
        Assert.Equal("personal", facts.ClientType);
        Assert.Equal("ni", facts.ClientIdType);
        Assert.Equal("AA999999A", facts.ClientId);
        Assert.Equal("AA11 1AA", facts.Postcode);
    }
}
