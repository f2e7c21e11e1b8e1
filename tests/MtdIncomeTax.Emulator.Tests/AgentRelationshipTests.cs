using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// How relationships made through Agent Authorisation open the Income Tax endpoints to agents,
/// the Agent Authorisation Test Support API, and the agent test-mode routes.
/// </summary>
public sealed class AgentRelationshipTests() : AgentTestBase(new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero))
{
    private const string BusinessList = "/individuals/business/details/AA123456A/list";
    private const string Obligations = "/obligations/details/AA123456A/income-and-expenditure";

    private static readonly string[] IncomeTaxService = ["mtd-income-tax"];

    [Fact]
    public async Task Agent_sees_client_businesses_after_acceptance()
    {
        var before = await AgentGetAsync(BusinessList, "2.0");
        await Agents.AuthoriseAsync();

        var after = await AgentGetAsync(BusinessList, "2.0");
        var body = await ApiResponse.AssertSuccessAsync(after, HttpStatusCode.OK);

        await ApiResponse.AssertErrorAsync(before, HttpStatusCode.Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED");
        Assert.Equal(["XAIS12345678901", "XPIS12345678902"],
            body.GetProperty("listOfBusinesses").EnumerateArray().Select(b => b.GetProperty("businessId").GetString()));
    }

    [Fact]
    public async Task Agent_is_403_after_deauthorise()
    {
        await Agents.AuthoriseAsync();
        await Agents.DeauthoriseAsync();

        var response = await AgentGetAsync(BusinessList, "2.0");

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED");
    }

    [Fact]
    public async Task Rejected_invitation_gives_no_access()
    {
        var id = await Agents.CreateInvitationAsync();
        var reject = await Agents.AnswerAsync(id, accept: false);

        var response = await AgentGetAsync(BusinessList, "2.0");

        Assert.Equal(HttpStatusCode.NoContent, reject.StatusCode);
        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED");
    }

    [Fact]
    public async Task Supporting_agent_reads_obligations_but_not_calculations()
    {
        await Agents.AuthoriseAsync(agentType: "supporting");

        var obligations = await AgentGetAsync(Obligations, "3.0");
        var calculations = await AgentGetAsync(Requests.Calculations(), "9.0");

        await ApiResponse.AssertSuccessAsync(obligations, HttpStatusCode.OK);
        await ApiResponse.AssertErrorAsync(calculations, HttpStatusCode.Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED");
    }

    [Fact]
    public async Task Main_agent_reads_obligations_and_calculations()
    {
        var clientToken = await Hmrc.GetAccessTokenAsync();
        await Agents.AuthoriseAsync();

        var obligations = await AgentGetAsync(Obligations, "3.0");
        var calculations = await AgentGetAsync(Requests.Calculations(), "9.0");
        var clientCalculations = await Hmrc.ApiAsync(HttpMethod.Get, Requests.Calculations(), clientToken, "9.0");

        await ApiResponse.AssertSuccessAsync(obligations, HttpStatusCode.OK);
        Assert.Equal(clientCalculations.StatusCode, calculations.StatusCode);
        Assert.Equal(await clientCalculations.Content.ReadAsStringAsync(), await calculations.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Agent_submits_for_the_client()
    {
        await Agents.AuthoriseAsync(agentType: "supporting");
        var clientToken = await Hmrc.GetAccessTokenAsync();

        var put = await Hmrc.ApiAsync(HttpMethod.Put, Requests.SelfEmploymentCumulative(), await Agents.TokenAsync(), "5.0",
            Requests.SelfEmploymentBody());
        var clientView = await Hmrc.ApiAsync(HttpMethod.Get, Requests.SelfEmploymentCumulative(), clientToken, "5.0");
        var body = await ApiResponse.AssertSuccessAsync(clientView, HttpStatusCode.OK);

        await ApiResponse.AssertSuccessAsync(put, HttpStatusCode.NoContent);
        Assert.Equal(20000m, body.GetProperty("periodIncome").GetProperty("turnover").GetDecimal());
    }

    [Fact]
    public async Task New_main_agent_replaces_the_earlier_one()
    {
        var first = await Agents.AuthoriseAsync();
        await Agents.AuthoriseAsync("agent-2", AgentRequests.OtherArn);

        var earlier = await AgentGetAsync(BusinessList, "2.0");
        var later = await AgentGetAsync(BusinessList, "2.0", "agent-2");
        var check = await Agents.CheckAsync();
        var invitation = await Agents.GetInvitationAsync(first);

        await ApiResponse.AssertErrorAsync(earlier, HttpStatusCode.Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED");
        await ApiResponse.AssertSuccessAsync(later, HttpStatusCode.OK);
        await ApiResponse.AssertErrorAsync(check, HttpStatusCode.NotFound, "RELATIONSHIP_NOT_FOUND");
        Assert.Equal("Deauthorised", invitation.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Supporting_agent_stays_when_a_main_is_appointed()
    {
        await Agents.AuthoriseAsync(agentType: "supporting");
        await Agents.AuthoriseAsync("agent-2", AgentRequests.OtherArn);

        var supporting = await Agents.CheckAsync(agentType: "supporting");

        await ApiResponse.AssertSuccessAsync(supporting, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Test_support_answers_each_invitation_once()
    {
        var id = await Agents.CreateInvitationAsync();

        var unknown = await Agents.AnswerAsync("AAAAAAAAAAAAA", accept: true);
        var accept = await Agents.AnswerAsync(id, accept: true);
        var again = await Agents.AnswerAsync(id, accept: true);
        var reject = await Agents.AnswerAsync(id, accept: false);
        var invitation = await Agents.GetInvitationAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, accept.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reject.StatusCode);
        Assert.Equal("Accepted", invitation.GetProperty("status").GetString());
        ApiResponse.AssertCorrelationId(accept);
    }

    [Fact]
    public async Task Test_support_needs_its_accept_header()
    {
        var id = await Agents.CreateInvitationAsync();
        var request = new HttpRequestMessage(HttpMethod.Put, $"/agent-authorisation-test-support/invitations/{id}");

        var response = await Hmrc.Client.SendAsync(request);

        var body = await ApiResponse.AssertErrorAsync(response, HttpStatusCode.NotAcceptable, "ACCEPT_HEADER_INVALID");
        Assert.Equal("Missing 'Accept' header.", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("AA123456A", "TF3 4NT")]
    [InlineData("AB123456C", "BN12 4XL")]
    public async Task Known_facts_return_the_postcode(string nino, string postcode)
    {
        var response = await TestSupportGetAsync($"/agent-authorisation-test-support/known-facts/mtd-it/nino/{nino}");
        var body = await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.OK);

        Assert.Equal(postcode, body.GetProperty("knownFact").GetString());
        Assert.Equal(nino, body.GetProperty("clientId").GetString());
        Assert.Empty(SpecSchemas.Validate("agent-authorisation-test-support-api/1.0/schemas/known-facts.schema.json", body));
    }

    [Theory]
    [InlineData("AC123456D")]
    [InlineData("AA999999A")]
    public async Task Known_facts_are_404_for_non_clients(string nino)
    {
        var response = await TestSupportGetAsync($"/agent-authorisation-test-support/known-facts/mtd-it/nino/{nino}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Created_test_user_can_be_a_client()
    {
        var applicationToken = await Hmrc.GetApplicationTokenAsync();
        var created = await Hmrc.ApiAsync(HttpMethod.Post, "/create-test-user/individuals", applicationToken, "1.0",
            new { serviceNames = IncomeTaxService });
        var user = await ApiResponse.AssertSuccessAsync(created, HttpStatusCode.Created);
        var nino = user.GetProperty("nino").GetString()!;
        var postcode = user.GetProperty("individualDetails").GetProperty("address").GetProperty("postcode").GetString()!;

        var id = await Agents.CreateInvitationAsync(nino: nino, postcode: postcode);
        await Agents.AnswerAsync(id, accept: true);
        var list = await AgentGetAsync($"/individuals/business/details/{nino}/list", "2.0");

        Assert.Matches("^[A-Z]{2}[0-9] [0-9][A-Z]{2}$", postcode);
        await ApiResponse.AssertErrorAsync(list, HttpStatusCode.NotFound, "MATCHING_RESOURCE_NOT_FOUND");
    }

    [Fact]
    public async Task Agent_clients_route_creates_signed_up_individuals()
    {
        var response = await Hmrc.Client.PostAsJsonAsync("/test-support/agent-clients", new { count = 3 });
        var clients = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, clients.Count);
        Assert.Equal(3, clients.Select(c => c.GetProperty("nino").GetString()).Distinct().Count());
        foreach (var client in clients)
        {
            var nino = client.GetProperty("nino").GetString()!;
            var facts = await TestSupportGetAsync($"/agent-authorisation-test-support/known-facts/mtd-it/nino/{nino}");
            var body = await ApiResponse.AssertSuccessAsync(facts, HttpStatusCode.OK);
            Assert.Equal(client.GetProperty("postcode").GetString(), body.GetProperty("knownFact").GetString());
            Assert.StartsWith("XJIT", client.GetProperty("mtdItId").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10001)]
    public async Task Agent_clients_route_checks_the_count(int count)
    {
        var response = await Hmrc.Client.PostAsJsonAsync("/test-support/agent-clients", new { count });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Relationships_route_authorises_without_an_invitation()
    {
        var response = await Hmrc.Client.PostAsJsonAsync("/test-support/relationships",
            new { arn = AgentRequests.Arn, nino = AgentRequests.ClientNino, agentType = "supporting" });

        var obligations = await AgentGetAsync(Obligations, "3.0");
        var calculations = await AgentGetAsync(Requests.Calculations(), "9.0");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await ApiResponse.AssertSuccessAsync(obligations, HttpStatusCode.OK);
        await ApiResponse.AssertErrorAsync(calculations, HttpStatusCode.Forbidden, "CLIENT_OR_AGENT_NOT_AUTHORISED");
    }

    [Theory]
    [InlineData("AARN1234567", "AC123456D", "main")]
    [InlineData("AARN1234567", "AA123456A", "primary")]
    [InlineData(null, "AA123456A", "main")]
    public async Task Relationships_route_checks_the_body(string? arn, string nino, string agentType)
    {
        var response = await Hmrc.Client.PostAsJsonAsync("/test-support/relationships", new { arn, nino, agentType });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Expire_route_ends_a_pending_invitation_now()
    {
        var id = await Agents.CreateInvitationAsync();

        var expire = await Hmrc.Client.PostAsync($"/test-support/invitations/{id}/expire", null);
        var unknown = await Hmrc.Client.PostAsync("/test-support/invitations/AAAAAAAAAAAAA/expire", null);
        var invitation = await Agents.GetInvitationAsync(id);
        var accept = await Hmrc.Client.PostAsync($"/test-support/invitations/{id}/accept", null);

        Assert.Equal(HttpStatusCode.NoContent, expire.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Expired", invitation.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, accept.StatusCode);
    }

    [Fact]
    public async Task Accept_route_creates_the_relationship()
    {
        var id = await Agents.CreateInvitationAsync();

        var accept = await Hmrc.Client.PostAsync($"/test-support/invitations/{id}/accept", null);
        var check = await Agents.CheckAsync();

        Assert.Equal(HttpStatusCode.NoContent, accept.StatusCode);
        await ApiResponse.AssertSuccessAsync(check, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Agent_calls_record_no_fraud_header_check()
    {
        await Hmrc.Client.PostAsync("/test-support/fraud-prevention-headers/clear", null);
        await Agents.CreateInvitationAsync();

        var records = await Hmrc.Client.GetFromJsonAsync<JsonElement>("/test-support/fraud-prevention-headers");

        Assert.Empty(records.EnumerateArray());
    }

    private async Task<HttpResponseMessage> AgentGetAsync(string path, string version, string userId = "agent-1") =>
        await Hmrc.ApiAsync(HttpMethod.Get, path, await Agents.TokenAsync(userId), version);

    private Task<HttpResponseMessage> TestSupportGetAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "application/vnd.hmrc.1.0+json");

        return Hmrc.Client.SendAsync(request);
    }
}
