using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.WebUtilities;

namespace MtdIncomeTax.Emulator.Tests;

public sealed class AuthorizationJourneyTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly Hmrc _hmrc = new(fixture.Host);

    [Fact]
    public async Task Granting_authority_returns_code_and_state()
    {
        var callback = await _hmrc.GrantAsync(Hmrc.ValidAuthorizeParameters(state: "a b&c"));
        var query = QueryHelpers.ParseQuery(callback.Query);

        Assert.Equal("http://localhost:5001/hmrc/callback", callback.GetLeftPart(UriPartial.Path));
        Assert.Equal("emulator-tests", query["source"]);
        Assert.Matches("^[0-9a-f]{32}$", query["code"].ToString());
        Assert.Equal("a b&c", query["state"]);
    }

    [Fact]
    public async Task Granting_authority_without_state_sends_no_state()
    {
        var callback = await _hmrc.GrantAsync(Hmrc.ValidAuthorizeParameters(state: null));
        var query = QueryHelpers.ParseQuery(callback.Query);

        Assert.True(query.ContainsKey("code"));
        Assert.False(query.ContainsKey("state"));
    }

    [Fact]
    public async Task Declining_authority_returns_access_denied_with_state()
    {
        var grantPath = await _hmrc.SignInAsync(Hmrc.ValidAuthorizeParameters(state: "xyz"));

        var response = await _hmrc.Client.PostAsync(grantPath, Hmrc.Form(("decision", "deny")));
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("user denied the authorization", query["error_description"]);
        Assert.Equal("USER_DENIED_AUTHORIZATION", query["error_code"]);
        Assert.Equal("xyz", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Grant_page_lists_requested_scopes_in_plain_words()
    {
        var grantPath = await _hmrc.SignInAsync(Hmrc.ValidAuthorizeParameters());

        var page = await _hmrc.Client.GetStringAsync(grantPath);

        Assert.Contains("View your Self Assessment information", page, StringComparison.Ordinal);
        Assert.Contains("Change your Self Assessment information", page, StringComparison.Ordinal);
        Assert.Contains("Grant authority", page, StringComparison.Ordinal);
        Assert.Contains("Do not grant authority", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_keeps_the_journey()
    {
        var authorize = await _hmrc.Client.GetAsync(Hmrc.AuthorizeUrl(Hmrc.ValidAuthorizeParameters()));
        var signInPath = authorize.Headers.Location!.OriginalString + "/sign-in";

        var failed = await _hmrc.Client.PostAsync(signInPath, Hmrc.Form(("userId", "individual-1"), ("password", "wrong")));
        var page = await failed.Content.ReadAsStringAsync();
        var grantBeforeSignIn = await _hmrc.Client.GetAsync(authorize.Headers.Location!.OriginalString + "/grant");
        var retry = await _hmrc.Client.PostAsync(signInPath, Hmrc.Form(("userId", "individual-1"), ("password", "emulator")));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Contains("The User ID or password you entered is not correct.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, grantBeforeSignIn.StatusCode);
        Assert.EndsWith("/sign-in", grantBeforeSignIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
    }

    [Fact]
    public async Task Sign_in_page_lists_the_test_users()
    {
        var authorize = await _hmrc.Client.GetAsync(Hmrc.AuthorizeUrl(Hmrc.ValidAuthorizeParameters()));

        var page = await _hmrc.Client.GetStringAsync(authorize.Headers.Location!.OriginalString + "/sign-in");

        Assert.Contains("<label for=\"user-id\">User ID</label>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Password</label>", page, StringComparison.Ordinal);
        Assert.Contains("individual-1", page, StringComparison.Ordinal);
        Assert.Contains("agent-1", page, StringComparison.Ordinal);
        Assert.Contains(HtmlEncoder.Default.Encode("Taylor and Co Accountants"), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journey_cannot_be_granted_twice()
    {
        var grantPath = await _hmrc.SignInAsync(Hmrc.ValidAuthorizeParameters());

        var first = await _hmrc.Client.PostAsync(grantPath, Hmrc.Form(("decision", "grant")));
        var second = await _hmrc.Client.PostAsync(grantPath, Hmrc.Form(("decision", "grant")));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Null(second.Headers.Location);
    }

    [Fact]
    public async Task Unknown_journey_shows_an_error_page()
    {
        var response = await _hmrc.Client.GetAsync("/oauth/journey/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This authorisation request has ended", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
