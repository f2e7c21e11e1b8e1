using System.Net;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>The Agent Authorisation API's endpoints, each error it documents, and invitation expiry.</summary>
public sealed class AgentAuthorisationTests() : AgentTestBase(new DateTimeOffset(2026, 5, 4, 9, 30, 0, TimeSpan.Zero))
{
    private const string Schemas = "agent-authorisation-api/2.0/schemas/";

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Create_returns_204_with_location(string version)
    {
        var response = await Agents.SendAsync(
            HttpMethod.Post, $"/agents/{AgentRequests.Arn}/invitations", AgentRequests.InvitationBody(), version: version);

        await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.NoContent);
        Assert.Matches("^/agents/AARN1234567/invitations/A[A-Z0-9]{12}$", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Pending_invitation_has_every_field()
    {
        var id = await Agents.CreateInvitationAsync(agentType: "supporting");

        var invitation = await Agents.GetInvitationAsync(id);

        Assert.Equal($"/agents/AARN1234567/invitations/{id}", invitation.GetProperty("_links").GetProperty("self").GetProperty("href").GetString());
        Assert.Equal("AARN1234567", invitation.GetProperty("arn").GetString());
        Assert.Equal(["MTD-IT"], invitation.GetProperty("service").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Pending", invitation.GetProperty("status").GetString());
        Assert.Equal("2026-05-04T09:30:00.000Z", invitation.GetProperty("created").GetString());
        Assert.Equal("2026-05-25T00:00:00.000", invitation.GetProperty("expiresOn").GetString());
        Assert.Equal($"{Host.BaseAddress.GetLeftPart(UriPartial.Authority)}/appoint-someone-to-deal-with-HMRC-for-you/{id}",
            invitation.GetProperty("clientActionUrl").GetString());
        Assert.Equal("supporting", invitation.GetProperty("agentType").GetString());
        Assert.False(invitation.TryGetProperty("updated", out _));
        Assert.Empty(SpecSchemas.Validate(Schemas + "invitation.json", WithServiceAsString(invitation)));
    }

    [Fact]
    public async Task Client_action_url_shows_the_request()
    {
        var id = await Agents.CreateInvitationAsync();
        var url = (await Agents.GetInvitationAsync(id)).GetProperty("clientActionUrl").GetString()!;

        var page = await Hmrc.Client.GetStringAsync(new Uri(url).PathAndQuery);

        Assert.Contains("AARN1234567", page, StringComparison.Ordinal);
        Assert.Contains("main agent", page, StringComparison.Ordinal);
        Assert.Contains("Pending", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_page_accepts_after_sign_in()
    {
        var id = await Agents.CreateInvitationAsync();

        var response = await RespondOnClientPageAsync(id, "individual-1", "accept");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accepted", page, StringComparison.Ordinal);
        Assert.Equal("Accepted", (await Agents.GetInvitationAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Client_page_rejects_other_client()
    {
        var id = await Agents.CreateInvitationAsync();

        var response = await RespondOnClientPageAsync(id, "individual-2", "accept");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This request is for another client", page, StringComparison.Ordinal);
        Assert.Equal("Pending", (await Agents.GetInvitationAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Client_page_wrong_password_changes_nothing()
    {
        var id = await Agents.CreateInvitationAsync();

        var response = await RespondOnClientPageAsync(id, "individual-1", "reject", password: "wrong");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Pending", (await Agents.GetInvitationAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Client_page_answers_once()
    {
        var id = await Agents.CreateInvitationAsync();
        await RespondOnClientPageAsync(id, "individual-1", "reject");

        var response = await RespondOnClientPageAsync(id, "individual-1", "accept");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Rejected", (await Agents.GetInvitationAsync(id)).GetProperty("status").GetString());
    }

    private Task<HttpResponseMessage> RespondOnClientPageAsync(string id, string userId, string decision, string password = "emulator") =>
        Hmrc.Client.PostAsync(
            $"/appoint-someone-to-deal-with-HMRC-for-you/{id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = userId, ["password"] = password, ["decision"] = decision }));

    [Fact]
    public async Task List_is_204_without_invitations()
    {
        var response = await Agents.SendAsync(HttpMethod.Get, "/agents/AARN1234567/invitations");

        await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task List_returns_the_last_30_days()
    {
        var old = await Agents.CreateInvitationAsync(agentType: "supporting");
        await Agents.AnswerAsync(old, accept: false);
        Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));
        Agents.ForgetTokens();
        var recent = await Agents.CreateInvitationAsync();

        var response = await Agents.SendAsync(HttpMethod.Get, "/agents/AARN1234567/invitations");
        var body = await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.OK);

        var item = Assert.Single(body.EnumerateArray());
        Assert.EndsWith(recent, item.GetProperty("_links").GetProperty("self").GetProperty("href").GetString(), StringComparison.Ordinal);
        var asStrings = JsonSerializer.SerializeToElement(body.EnumerateArray().Select(WithServiceAsString));
        Assert.Empty(SpecSchemas.Validate(Schemas + "invitations.json", asStrings));
    }

    [Fact]
    public async Task Answered_invitation_has_updated_not_expiry()
    {
        var id = await Agents.CreateInvitationAsync();
        Time.Advance(TimeSpan.FromHours(2));
        await Agents.AnswerAsync(id, accept: false);

        var invitation = await Agents.GetInvitationAsync(id);

        Assert.Equal("Rejected", invitation.GetProperty("status").GetString());
        Assert.Equal("2026-05-04T11:30:00.000Z", invitation.GetProperty("updated").GetString());
        Assert.False(invitation.TryGetProperty("expiresOn", out _));
        Assert.False(invitation.TryGetProperty("clientActionUrl", out _));
        Assert.Empty(SpecSchemas.Validate(Schemas + "invitation.json", WithServiceAsString(invitation)));
    }

    public static readonly TheoryData<string, object?, string> InvalidBodies = new()
    {
        { "service", "MTD-VAT", "SERVICE_NOT_SUPPORTED" },
        { "service", "ITSA", "SERVICE_NOT_SUPPORTED" },
        { "clientType", "business", "CLIENT_TYPE_NOT_SUPPORTED" },
        { "clientIdType", "vrn", "CLIENT_ID_DOES_NOT_MATCH_SERVICE" },
        { "clientId", "AA1234567", "CLIENT_ID_FORMAT_INVALID" },
        { "clientId", "AA123456", "CLIENT_ID_FORMAT_INVALID" },
        { "knownFact", "TF3 4NTX", "POSTCODE_FORMAT_INVALID" },
        { "knownFact", "2007-05-18", "POSTCODE_FORMAT_INVALID" },
        { "agentType", "secondary", "AGENT_TYPE_NOT_SUPPORTED" },
        { "agentType", 1, "AGENT_TYPE_NOT_SUPPORTED" },
        { "clientId", null, "BAD_REQUEST" },
        { "service", 7, "BAD_REQUEST" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_create_body_is_400(string field, object? value, string code)
    {
        var body = AgentRequests.InvitationBody();
        body[field] = value;

        var response = await Agents.CreateAsync(body);

        await AssertAgentErrorAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    public async Task Body_that_is_not_an_object_is_bad_request(string text)
    {
        var response = await Agents.CreateAsync(text);

        var body = await AssertAgentErrorAsync(response, HttpStatusCode.BadRequest, "BAD_REQUEST");
        Assert.Equal("Bad Request", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Legacy_service_array_is_accepted()
    {
        var body = AgentRequests.InvitationBody();
        body["service"] = new[] { "MTD-IT" };

        var response = await Agents.CreateAsync(body);

        await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Postcode_is_compared_without_case_or_spaces()
    {
        var response = await Agents.CreateAsync(AgentRequests.InvitationBody(postcode: "tf34nt"));

        await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("AA999999A", "TF3 4NT", "CLIENT_REGISTRATION_NOT_FOUND")]
    [InlineData("AC123456D", "LS1 4AP", "CLIENT_REGISTRATION_NOT_FOUND")]
    [InlineData("AA123456A", "BN12 4XL", "POSTCODE_DOES_NOT_MATCH")]
    public async Task Unknown_client_or_postcode_is_403(string nino, string postcode, string code)
    {
        var create = await Agents.CreateAsync(AgentRequests.InvitationBody(nino, postcode));
        var check = await Agents.SendAsync(HttpMethod.Post, "/agents/AARN1234567/relationships",
            new Dictionary<string, object?> { ["service"] = "MTD-IT", ["clientIdType"] = "ni", ["clientId"] = nino, ["knownFact"] = postcode });

        await AssertAgentErrorAsync(create, HttpStatusCode.Forbidden, code);
        await AssertAgentErrorAsync(check, HttpStatusCode.Forbidden, code);
    }

    [Theory]
    [InlineData("individual-1", "AARN1234567", "NOT_AN_AGENT")]
    [InlineData("agent-unsubscribed", "AARN1234567", "AGENT_NOT_SUBSCRIBED")]
    [InlineData("agent-2", "AARN1234567", "NO_PERMISSION_ON_AGENCY")]
    public async Task Caller_who_is_not_the_agent_is_403(string userId, string arn, string code)
    {
        var id = await Agents.CreateInvitationAsync();
        var responses = new[]
        {
            await Agents.CreateAsync(userId: userId, arn: arn),
            await Agents.SendAsync(HttpMethod.Get, $"/agents/{arn}/invitations", userId: userId),
            await Agents.SendAsync(HttpMethod.Get, $"/agents/{arn}/invitations/{id}", userId: userId),
            await Agents.SendAsync(HttpMethod.Delete, $"/agents/{arn}/invitations/{id}", userId: userId),
            await Agents.CheckAsync(userId, arn),
            await Agents.DeauthoriseAsync(userId, arn),
        };

        foreach (var response in responses)
        {
            await AssertAgentErrorAsync(response, HttpStatusCode.Forbidden, code);
        }
    }

    [Fact]
    public async Task Duplicate_request_is_403_with_the_existing_location()
    {
        var first = await Agents.CreateAsync();

        var second = await Agents.CreateAsync(AgentRequests.InvitationBody(agentType: "supporting"));

        await AssertAgentErrorAsync(second, HttpStatusCode.Forbidden, "DUPLICATE_AUTHORISATION_REQUEST");
        Assert.Equal(first.Headers.Location, second.Headers.Location);
    }

    [Fact]
    public async Task Request_after_acceptance_is_already_authorised()
    {
        await Agents.AuthoriseAsync();

        var response = await Agents.CreateAsync();

        await AssertAgentErrorAsync(response, HttpStatusCode.Forbidden, "ALREADY_AUTHORISED");
    }

    [Fact]
    public async Task Another_agents_invitation_is_no_permission()
    {
        var id = await Agents.CreateInvitationAsync("agent-2", AgentRequests.OtherArn);

        var get = await Agents.SendAsync(HttpMethod.Get, $"/agents/AARN1234567/invitations/{id}");
        var cancel = await Agents.SendAsync(HttpMethod.Delete, $"/agents/AARN1234567/invitations/{id}");

        await AssertAgentErrorAsync(get, HttpStatusCode.Forbidden, "NO_PERMISSION_ON_AGENCY");
        await AssertAgentErrorAsync(cancel, HttpStatusCode.Forbidden, "NO_PERMISSION_ON_AGENCY");
    }

    [Fact]
    public async Task Unknown_invitation_is_404()
    {
        var get = await Agents.SendAsync(HttpMethod.Get, "/agents/AARN1234567/invitations/AAAAAAAAAAAAA");
        var cancel = await Agents.SendAsync(HttpMethod.Delete, "/agents/AARN1234567/invitations/AAAAAAAAAAAAA");

        await AssertAgentErrorAsync(get, HttpStatusCode.NotFound, "INVITATION_NOT_FOUND");
        await AssertAgentErrorAsync(cancel, HttpStatusCode.NotFound, "INVITATION_NOT_FOUND");
    }

    [Fact]
    public async Task Cancel_works_only_while_pending()
    {
        var id = await Agents.CreateInvitationAsync();

        var first = await Agents.SendAsync(HttpMethod.Delete, $"/agents/AARN1234567/invitations/{id}");
        var second = await Agents.SendAsync(HttpMethod.Delete, $"/agents/AARN1234567/invitations/{id}");
        var invitation = await Agents.GetInvitationAsync(id);
        var answer = await Agents.AnswerAsync(id, accept: true);

        await ApiResponse.AssertSuccessAsync(first, HttpStatusCode.NoContent);
        await AssertAgentErrorAsync(second, HttpStatusCode.Forbidden, "INVALID_INVITATION_STATUS");
        Assert.Equal("Cancelled", invitation.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
    }

    [Fact]
    public async Task Invitation_expires_after_21_days()
    {
        var id = await Agents.CreateInvitationAsync();

        Time.Advance(TimeSpan.FromDays(21) - TimeSpan.FromSeconds(1));
        Agents.ForgetTokens();
        var before = await Agents.GetInvitationAsync(id);
        Time.Advance(TimeSpan.FromSeconds(1));
        Agents.ForgetTokens();
        var after = await Agents.GetInvitationAsync(id);
        var cancel = await Agents.SendAsync(HttpMethod.Delete, $"/agents/AARN1234567/invitations/{id}");
        var answer = await Agents.AnswerAsync(id, accept: true);
        var again = await Agents.CreateAsync();

        Assert.Equal("Pending", before.GetProperty("status").GetString());
        Assert.Equal("Expired", after.GetProperty("status").GetString());
        Assert.Equal("2026-05-25T09:30:00.000Z", after.GetProperty("updated").GetString());
        await AssertAgentErrorAsync(cancel, HttpStatusCode.Forbidden, "INVALID_INVITATION_STATUS");
        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        await ApiResponse.AssertSuccessAsync(again, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Check_relationship_honours_agent_type()
    {
        var before = await Agents.CheckAsync();
        await Agents.AuthoriseAsync(agentType: "supporting");

        var main = await Agents.CheckAsync();
        var supporting = await Agents.CheckAsync(agentType: "supporting");

        await AssertAgentErrorAsync(before, HttpStatusCode.NotFound, "RELATIONSHIP_NOT_FOUND");
        await AssertAgentErrorAsync(main, HttpStatusCode.NotFound, "RELATIONSHIP_NOT_FOUND");
        await ApiResponse.AssertSuccessAsync(supporting, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Deauthorise_ends_the_relationship()
    {
        var id = await Agents.AuthoriseAsync();

        var wrongType = await Agents.DeauthoriseAsync(agentType: "supporting");
        var first = await Agents.DeauthoriseAsync();
        var second = await Agents.DeauthoriseAsync();
        var check = await Agents.CheckAsync();
        var invitation = await Agents.GetInvitationAsync(id);

        await AssertAgentErrorAsync(wrongType, HttpStatusCode.Forbidden, "NO_RELATIONSHIP");
        await ApiResponse.AssertSuccessAsync(first, HttpStatusCode.NoContent);
        await AssertAgentErrorAsync(second, HttpStatusCode.Forbidden, "NO_RELATIONSHIP");
        await AssertAgentErrorAsync(check, HttpStatusCode.NotFound, "RELATIONSHIP_NOT_FOUND");
        Assert.Equal("Deauthorised", invitation.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deauthorise_is_not_in_version_1()
    {
        await Agents.AuthoriseAsync();

        var response = await Agents.SendAsync(
            HttpMethod.Put, "/agents/AARN1234567/deauthorise-client", AgentRequests.DeauthoriseBody(), version: "1.0");

        await ApiResponse.AssertErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Deauthorise_checks_the_body()
    {
        var body = AgentRequests.DeauthoriseBody();
        body["clientId"] = "123456789";

        var response = await Agents.SendAsync(HttpMethod.Put, "/agents/AARN1234567/deauthorise-client", body);

        await AssertAgentErrorAsync(response, HttpStatusCode.BadRequest, "CLIENT_ID_FORMAT_INVALID");
    }

    public static readonly TheoryData<string, string, string> EndpointScopes = new()
    {
        { "POST", "/agents/AARN1234567/invitations", "write:sent-invitations" },
        { "GET", "/agents/AARN1234567/invitations", "read:sent-invitations" },
        { "GET", "/agents/AARN1234567/invitations/AAAAAAAAAAAAA", "read:sent-invitations" },
        { "DELETE", "/agents/AARN1234567/invitations/AAAAAAAAAAAAA", "write:cancel-invitations" },
        { "POST", "/agents/AARN1234567/relationships", "read:check-relationship" },
        { "PUT", "/agents/AARN1234567/deauthorise-client", "write:relationships" },
    };

    [Theory]
    [MemberData(nameof(EndpointScopes))]
    public async Task Each_endpoint_needs_its_scope(string method, string path, string scope)
    {
        var others = string.Join(' ', AgentRequests.AgentScopes.Split(' ').Where(s => s != scope));
        var without = (await Hmrc.GetTokensAsync("agent-1", others)).GetProperty("access_token").GetString();
        var with = (await Hmrc.GetTokensAsync("agent-1", scope)).GetProperty("access_token").GetString();
        var body = method is "POST" or "PUT" ? "{}" : null;

        var rejected = await Hmrc.ApiAsync(new HttpMethod(method), path, without, "2.0", body);
        var admitted = await Hmrc.ApiAsync(new HttpMethod(method), path, with, "2.0", body);

        await ApiResponse.AssertErrorAsync(rejected, HttpStatusCode.Forbidden, "INVALID_SCOPE");
        Assert.NotEqual(HttpStatusCode.Forbidden, admitted.StatusCode);
    }

    [Fact]
    public async Task Missing_token_is_unauthorized()
    {
        var response = await Hmrc.ApiAsync(HttpMethod.Get, "/agents/AARN1234567/invitations", null, "2.0");

        var body = await AssertAgentErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.Equal("Bearer token is missing or not authorized.", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(null, "Missing 'Accept' header.")]
    [InlineData("application/json", "Invalid 'Accept' header")]
    public async Task Bad_accept_header_is_406(string? accept, string message)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/agents/AARN1234567/invitations");
        request.Headers.Authorization = new("Bearer", await Agents.TokenAsync());
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await Hmrc.Client.SendAsync(request);

        var body = await AssertAgentErrorAsync(response, HttpStatusCode.NotAcceptable, "ACCEPT_HEADER_INVALID");
        Assert.Equal(message, body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Non_json_content_type_is_bad_request()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/agents/AARN1234567/invitations")
        {
            Content = new StringContent("service=MTD-IT", System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new("Bearer", await Agents.TokenAsync());
        request.Headers.TryAddWithoutValidation("Accept", "application/vnd.hmrc.2.0+json");

        var response = await Hmrc.Client.SendAsync(request);

        var body = await AssertAgentErrorAsync(response, HttpStatusCode.BadRequest, "BAD_REQUEST");
        Assert.Equal("Missing or unsupported content-type.", body.GetProperty("message").GetString());
    }

    /// <summary>
    /// Returns the invitation with its one-element service array replaced by the string, because
    /// the specification's JSON schemas type service as a string while its OpenAPI schema, and
    /// HMRC's service, write an array.
    /// </summary>
    private static JsonElement WithServiceAsString(JsonElement invitation)
    {
        var properties = invitation.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Name == "service" ? Assert.Single(p.Value.EnumerateArray()) : p.Value);

        return JsonSerializer.SerializeToElement(properties);
    }

    // Also checks the message against the specification's example for the code.
    private static async Task<JsonElement> AssertAgentErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await ApiResponse.AssertErrorAsync(response, status, code);
        var example = AgentErrorExamples.Find(code);
        if (example is not null && code is not ("BAD_REQUEST" or "ACCEPT_HEADER_INVALID"))
        {
            Assert.Equal(example, body.GetProperty("message").GetString());
        }

        return body;
    }
}
