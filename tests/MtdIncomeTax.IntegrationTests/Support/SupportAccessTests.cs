using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Support;

public sealed class SupportAccessTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private readonly SupportData _data = new(app);
    private HmrcConnection _connection = null!;

    public static TheoryData<string, string?, HttpStatusCode> RoleMatrix()
    {
        var data = new TheoryData<string, string?, HttpStatusCode>();
        foreach (var route in new[] { "/support/connections", "/support/connections/export.csv", "/support/connections/grant-ends", "{id}" })
        {
            data.Add(route, "support", HttpStatusCode.OK);
            data.Add(route, "business", HttpStatusCode.Forbidden);
            data.Add(route, "agent", HttpStatusCode.Forbidden);

            // The test sign-in returns 401 for a challenge. The real app redirects to the sign-in
            // provider instead, which the end-to-end tests check.
            data.Add(route, null, HttpStatusCode.Unauthorized);
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        await _data.ResetAsync();
        _connection = await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100), nino: "BC123456D");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public async Task Route_status_by_role(string route, string? role, HttpStatusCode expected)
    {
        using var client = role is null
            ? app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : app.CreateClientFor($"person-{role}", role);

        var response = await client.GetAsync(route.Replace("{id}", "/support/connections/" + _connection.Id, StringComparison.Ordinal));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.DoesNotContain("Dee Trader", body);
        }
    }

    [Theory]
    [InlineData("business")]
    [InlineData("agent")]
    public async Task Forbidden_view_records_nothing(string role)
    {
        using var client = app.CreateClientFor($"person-{role}", role);

        var response = await client.GetAsync($"/support/connections/{_connection.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _data.AuditEventsAsync(_connection.Id, AuditEventKind.ViewedBySupport));
    }

    [Fact]
    public async Task Home_sends_support_to_list()
    {
        using var client = app.CreateClientFor("support-1", "support");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/support/connections", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("support", true)]
    [InlineData("business", false)]
    [InlineData("agent", false)]
    public async Task Support_link_shown_by_role(string role, bool linkExpected)
    {
        using var client = app.CreateClientFor($"person-{role}", role);

        var response = await client.GetAsync(role == "business" ? "/dashboard" : "/home/forbidden");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(linkExpected, page.Contains("<a href=\"/support/connections\">Support</a>", StringComparison.Ordinal));
    }
}
