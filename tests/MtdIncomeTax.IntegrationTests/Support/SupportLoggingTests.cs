using System.Net;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Support;

public sealed class SupportLoggingTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private readonly AppFactory _app = app;
    private readonly SupportData _data = new(app);

    public Task InitializeAsync() => _data.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task View_is_logged_with_ids()
    {
        var connection = await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100), nino: "BC123456D");
        using var client = _app.CreateClientFor("support-logged", "support");

        var response = await client.GetAsync($"/support/connections/{connection.Id}");
        var viewer = await _data.UserAsync("support-logged");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_app.Logs.Contains($"Support user {viewer.Id} viewed connection {connection.Id}"));
        Assert.False(_app.Logs.Contains("BC123456D"));
    }

    [Fact]
    public async Task Rejected_search_is_not_logged()
    {
        using var client = _app.CreateClientFor("support-logged", "support");

        var response = await client.GetAsync("/support/connections?days=0&q=BC123456D");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(_app.Logs.Contains("invalid fields: \"days\""));
        Assert.False(_app.Logs.Contains("BC123456D"));
    }

    [Fact]
    public async Task Export_is_logged_with_count()
    {
        await _data.AddAsync("Robin Roofer", TimeSpan.FromDays(100));
        await _data.AddAsync("Dee Trader", TimeSpan.FromDays(100));
        using var client = _app.CreateClientFor("support-logged", "support");

        var response = await client.GetAsync("/support/connections/export.csv");
        await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_app.Logs.Contains("exported 2 connections as CSV"));
    }
}
