using System.Net;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Tests;

/// <summary>
/// Drives the Agent Authorisation API and its Test Support API as agent software would, with
/// the seeded users: agent-1 (AARN1234567) and agent-2 (BARN7654321), and their would-be client
/// individual-1 (AA123456A, postcode TF3 4NT).
/// </summary>
public sealed class AgentRequests(Hmrc hmrc)
{
    public const string AgentScopes =
        "read:self-assessment write:self-assessment write:sent-invitations read:sent-invitations "
        + "write:cancel-invitations read:check-relationship write:relationships";

    public const string Arn = "AARN1234567";
    public const string OtherArn = "BARN7654321";
    public const string ClientNino = "AA123456A";
    public const string ClientPostcode = "TF3 4NT";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public static Dictionary<string, object?> InvitationBody(
        string nino = ClientNino,
        string postcode = ClientPostcode,
        string? agentType = null) => new()
        {
            ["service"] = "MTD-IT",
            ["clientType"] = "personal",
            ["clientIdType"] = "ni",
            ["clientId"] = nino,
            ["knownFact"] = postcode,
            ["agentType"] = agentType,
        };

    public static Dictionary<string, object?> RelationshipBody(string nino = ClientNino, string? agentType = null)
    {
        var body = InvitationBody(nino, agentType: agentType);
        body.Remove("clientType");

        return body;
    }

    public static Dictionary<string, object?> DeauthoriseBody(string nino = ClientNino, string? agentType = null)
    {
        var body = InvitationBody(nino, agentType: agentType);
        body.Remove("knownFact");

        return body;
    }

    /// <summary>Returns an access token of the user with every agent scope, one per user for each test.</summary>
    public async Task<string> TokenAsync(string userId = "agent-1")
    {
        if (!_tokens.TryGetValue(userId, out var token))
        {
            var tokens = await hmrc.GetTokensAsync(userId, AgentScopes);
            token = tokens.GetProperty("access_token").GetString()!;
            _tokens[userId] = token;
        }

        return token;
    }

    /// <summary>Forgets the tokens, so that the next request signs in again, as after moving the clock past their expiry.</summary>
    public void ForgetTokens() => _tokens.Clear();

    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        object? body = null,
        string userId = "agent-1",
        string version = "2.0") =>
        await hmrc.ApiAsync(method, path, await TokenAsync(userId), version, body);

    public Task<HttpResponseMessage> CreateAsync(object? body = null, string userId = "agent-1", string arn = Arn) =>
        SendAsync(HttpMethod.Post, $"/agents/{arn}/invitations", body ?? InvitationBody(), userId);

    /// <summary>Creates an invitation and returns its id, taken from the Location header.</summary>
    public async Task<string> CreateInvitationAsync(
        string userId = "agent-1",
        string arn = Arn,
        string? agentType = null,
        string nino = ClientNino,
        string postcode = ClientPostcode)
    {
        var response = await CreateAsync(InvitationBody(nino, postcode, agentType), userId, arn);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());

        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }

    public async Task<JsonElement> GetInvitationAsync(string id, string userId = "agent-1", string arn = Arn)
    {
        var response = await SendAsync(HttpMethod.Get, $"/agents/{arn}/invitations/{id}", userId: userId);

        return await ApiResponse.AssertSuccessAsync(response, HttpStatusCode.OK);
    }

    public Task<HttpResponseMessage> CheckAsync(string userId = "agent-1", string arn = Arn, string? agentType = null) =>
        SendAsync(HttpMethod.Post, $"/agents/{arn}/relationships", RelationshipBody(agentType: agentType), userId);

    public Task<HttpResponseMessage> DeauthoriseAsync(string userId = "agent-1", string arn = Arn, string? agentType = null) =>
        SendAsync(HttpMethod.Put, $"/agents/{arn}/deauthorise-client", DeauthoriseBody(agentType: agentType), userId);

    /// <summary>Accepts (PUT) or rejects (DELETE) the invitation through Agent Authorisation Test Support, without a token.</summary>
    public Task<HttpResponseMessage> AnswerAsync(string id, bool accept)
    {
        var request = new HttpRequestMessage(accept ? HttpMethod.Put : HttpMethod.Delete, $"/agent-authorisation-test-support/invitations/{id}");
        request.Headers.TryAddWithoutValidation("Accept", "application/vnd.hmrc.1.0+json");

        return hmrc.Client.SendAsync(request);
    }

    /// <summary>Creates an invitation as the agent and accepts it as the client; returns the invitation id.</summary>
    public async Task<string> AuthoriseAsync(string userId = "agent-1", string arn = Arn, string? agentType = null)
    {
        var id = await CreateInvitationAsync(userId, arn, agentType);
        var answer = await AnswerAsync(id, accept: true);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);

        return id;
    }
}
