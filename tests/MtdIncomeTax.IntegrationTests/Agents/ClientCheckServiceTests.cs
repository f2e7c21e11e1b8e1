using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.IntegrationTests.Infrastructure;
using MtdIncomeTax.Web.Agents.CheckAll;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>The background "check all clients" service against WireMock, started from the panel.</summary>
public sealed class ClientCheckServiceTests : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mtdincometax-check-{Guid.NewGuid():N}.db");
    private readonly WireMockServer _hmrc = WireMockServer.Start();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly List<AppFactory> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hmrc.Stop();
        _hmrc.Dispose();
        AppFactory.DeleteDatabase(_databasePath);
    }

    [Fact]
    public async Task Run_completes_over_several_clients()
    {
        var app = Host("host-1");
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(5));
        RelationshipAnswers(practice, 404, new { code = "RELATIONSHIP_NOT_FOUND", message = "Relationship is inactive." });
        RelationshipAnswersFor(practice, "AA000002A", 204);
        RelationshipAnswersFor(practice, "AA000004A", 204);

        var run = await StartAndWaitAsync(app, practice);

        Assert.Equal(ClientCheckRunStatus.Completed, run.Status);
        Assert.Equal(5, run.Total);
        Assert.Equal(5, run.Checked);
        Assert.Equal(2, run.Changed);
        Assert.Equal(0, run.Failed);
        var counts = ClientCheckSummary.Parse(run.SummaryJson);
        Assert.Equal(2, counts[ClientRelationshipStatus.Authorised]);
        Assert.Equal(3, counts[ClientRelationshipStatus.NotRequested]);
        Assert.Equal(5, RelationshipChecks(practice).Count);
        Assert.True(await AuditedAsync(app, run.StartedByUserId, AuditEventKind.ClientCheckCompleted));
        Assert.True(app.Logs.Contains("ClientCheckCompleted"));
    }

    [Fact]
    public async Task Failed_client_counted_and_run_goes_on()
    {
        var app = Host("host-1");
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(3));
        RelationshipAnswers(practice, 204);
        RelationshipAnswersFor(practice, "AA000002A", 400, new { code = "BAD_REQUEST", message = "Bad request" });

        var run = await StartAndWaitAsync(app, practice);

        Assert.Equal(ClientCheckRunStatus.Completed, run.Status);
        Assert.Equal(3, run.Checked);
        Assert.Equal(2, run.Changed);
        Assert.Equal(1, run.Failed);
    }

    [Fact]
    public async Task Practice_refusal_stops_run()
    {
        var app = Host("host-1");
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(3));
        RelationshipAnswers(practice, 403, new { code = "NOT_AN_AGENT", message = "This user does not have a Government Gateway agent account." });

        var run = await StartAndWaitAsync(app, practice);

        Assert.Equal(ClientCheckRunStatus.Stopped, run.Status);
        Assert.Equal(ClientCheckStopReasons.NotAnAgent, run.StopReason);
        Assert.Equal(0, run.Checked);
        Assert.True(app.Logs.Contains("ClientCheckStopped"));
    }

    [Fact]
    public async Task Unlinked_practice_stops_without_calls()
    {
        var app = Host("host-1");
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(2), linked: false);

        var run = await StartAndWaitAsync(app, practice);

        Assert.Equal(ClientCheckRunStatus.Stopped, run.Status);
        Assert.Equal(ClientCheckStopReasons.NotLinked, run.StopReason);
        Assert.Empty(_hmrc.LogEntries);
    }

    [Fact]
    public async Task Run_resumes_after_restart()
    {
        // The first instance does not work on runs itself: the test plays its part, claiming the
        // run and checking one client before "stopping" without releasing the lease.
        var first = Host("host-1", enabled: false);
        var practice = await TestPractice.CreateAsync(first, TestPractice.Clients(3));
        RelationshipAnswers(practice, 204);
        using var staff = practice.SignIn(first);
        await StartAsync(staff);
        var runId = (await LatestRunAsync(first, practice)).Id;
        using (var scope = first.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ClientCheckRunStore>();
            await store.TryClaimAsync(runId, "host-1", _time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            await store.RecordCheckedAsync(runId, "host-1", practice.ClientIds[0], ClientCheckResult.Changed, CancellationToken.None);
        }

        var second = Host("host-2", enabled: true);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var whileHeld = await LatestRunAsync(second, practice);
        _time.Advance(TimeSpan.FromMinutes(3));
        var run = await WaitForEndAsync(second, practice);

        Assert.Equal("host-1", whileHeld.LeaseHolder);
        Assert.Equal(1, whileHeld.Checked);
        Assert.Equal(ClientCheckRunStatus.Completed, run.Status);
        Assert.Equal(3, run.Checked);
        Assert.Equal(3, run.Changed);
        Assert.Equal(2, RelationshipChecks(practice).Count);
        Assert.True(second.Logs.Contains("ClientCheckResumed"));
    }

    [Fact]
    public async Task Status_endpoint_reports_summary()
    {
        var app = Host("host-1");
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(2));
        RelationshipAnswers(practice, 204);
        await StartAndWaitAsync(app, practice);
        using var staff = practice.SignIn(app);

        var response = await staff.GetAsync("/clients/check-all/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("completed", root.GetProperty("state").GetString());
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("checked").GetInt32());
        Assert.Equal(2, root.GetProperty("changed").GetInt32());
        Assert.Equal(100, root.GetProperty("percent").GetInt32());
        var count = Assert.Single(root.GetProperty("countByStatus").EnumerateArray());
        Assert.Equal("Authorised", count.GetProperty("name").GetString());
        Assert.Equal(2, count.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Panel_shows_stored_progress_without_script()
    {
        var app = Host("host-1", enabled: false);
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(4));
        using var staff = practice.SignIn(app);
        await StartAsync(staff);
        var runId = (await LatestRunAsync(app, practice)).Id;
        using (var scope = app.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ClientCheckRunStore>();
            await store.TryClaimAsync(runId, "host-1", _time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            await store.RecordCheckedAsync(runId, "host-1", practice.ClientIds[0], ClientCheckResult.Unchanged, CancellationToken.None);
        }

        var page = await staff.GetStringAsync("/clients/check-all");

        Assert.Contains("<progress id=\"client-check-progress\" max=\"4\" value=\"1\"", page);
        Assert.Contains("Checked 1 of 4 clients: 0 changed, 0 could not be checked.", page);
        Assert.Contains("Refresh to see the latest progress", page);
    }

    [Fact]
    public async Task Check_page_names_the_check_once()
    {
        var app = Host("host-1");
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(1));
        RelationshipAnswers(practice, 204);
        await StartAndWaitAsync(app, practice);
        using var staff = practice.SignIn(app);

        var checkPage = await staff.GetStringAsync("/clients/check-all");
        var listPage = await staff.GetStringAsync("/clients");

        var heading = new System.Text.RegularExpressions.Regex("<h[1-6][^>]*>Check all clients</h[1-6]>");
        Assert.Single(heading.Matches(checkPage));
        Assert.Contains("<h2>Last check</h2>", checkPage);
        Assert.Single(heading.Matches(listPage));
        Assert.Contains("<h3>Last check</h3>", listPage);
    }

    [Fact]
    public async Task Staff_stop_ends_run_and_calls()
    {
        var app = Host("host-1", batchSize: 2, clientsInFlight: 1);
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(30));
        RelationshipAnswers(practice, 204, delay: TimeSpan.FromMilliseconds(100));
        using var staff = practice.SignIn(app);
        await StartAsync(staff);
        await WaitForCheckedAsync(app, practice, 3);

        var response = await PostAsync(staff, "/clients/check-all/stop");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var run = await LatestRunAsync(app, practice);
        var callsAtStop = RelationshipChecks(practice).Count;
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(ClientCheckRunStatus.Stopped, run.Status);
        Assert.Equal($"Test {practice.Subject} stopped the check.", run.StopReason);
        Assert.InRange(run.Checked, 3, 29);
        Assert.InRange(RelationshipChecks(practice).Count, callsAtStop, callsAtStop + 1);
        Assert.Equal(run.Checked, (await LatestRunAsync(app, practice)).Checked);
        Assert.True(await AuditedAsync(app, practice.UserId, AuditEventKind.ClientCheckCompleted));
        Assert.True(app.Logs.Contains("ClientCheckStopRequested"));
        Assert.True(app.Logs.Contains("ClientCheckStopNoticed"));
        var page = AgentPages.Text(await staff.GetStringAsync("/clients"));
        Assert.Contains($"Test {practice.Subject} stopped the check.", page);
        Assert.Contains($"Checked {run.Checked} of 30 clients", page);
    }

    [Fact]
    public async Task Other_practice_cannot_stop_run()
    {
        var app = Host("host-1", enabled: false);
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(1));
        var other = await TestPractice.CreateAsync(app, TestPractice.Clients(1));
        using var staff = practice.SignIn(app);
        await StartAsync(staff);
        using var otherStaff = other.SignIn(app);

        var response = await PostAsync(otherStaff, "/clients/check-all/stop");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ClientCheckRunStatus.Running, (await LatestRunAsync(app, practice)).Status);
        Assert.Contains("Stop checking", await staff.GetStringAsync("/clients/check-all"));
    }

    [Fact]
    public async Task Status_of_other_practice_not_shown()
    {
        var app = Host("host-1", enabled: false);
        var practice = await TestPractice.CreateAsync(app, TestPractice.Clients(1));
        var other = await TestPractice.CreateAsync(app, TestPractice.Clients(1));
        using var staff = practice.SignIn(app);
        await StartAsync(staff);
        using var otherStaff = other.SignIn(app);

        var status = await otherStaff.GetStringAsync("/clients/check-all/status");

        Assert.Contains("\"state\":\"none\"", status);
    }

    private AppFactory Host(string name, bool enabled = true, int batchSize = 40, int clientsInFlight = 4)
    {
        var host = new AppFactory(_databasePath, _hmrc, _time)
        {
            InstanceName = name,
            Settings = new Dictionary<string, string>
            {
                ["Agents:CheckAll:Enabled"] = enabled.ToString(),
                ["Agents:CheckAll:PollInterval"] = "00:00:00.100",
                ["Agents:CheckAll:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
                ["Agents:CheckAll:ClientsInFlight"] = clientsInFlight.ToString(CultureInfo.InvariantCulture),
            },
        };
        _hosts.Add(host);
        _ = host.Services;
        return host;
    }

    private static async Task StartAsync(HttpClient staff)
    {
        var response = await PostAsync(staff, "/clients/check-all");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient staff, string action)
    {
        var token = await LinkJourney.AntiforgeryTokenAsync(staff, "/clients/check-all");
        return await staff.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnPath"] = "/clients/check-all",
        }));
    }

    private static Task<ClientCheckRun> WaitForCheckedAsync(AppFactory app, TestPractice practice, int count) =>
        WaitUntilAsync(app, practice, run => run.Checked >= count, $"reach {count} clients");

    private static async Task<ClientCheckRun> StartAndWaitAsync(AppFactory app, TestPractice practice)
    {
        using var staff = practice.SignIn(app);
        await StartAsync(staff);
        return await WaitForEndAsync(app, practice);
    }

    private static Task<ClientCheckRun> WaitForEndAsync(AppFactory app, TestPractice practice) =>
        WaitUntilAsync(app, practice, run => run.Status != ClientCheckRunStatus.Running, "finish");

    private static async Task<ClientCheckRun> WaitUntilAsync(
        AppFactory app, TestPractice practice, Func<ClientCheckRun, bool> condition, string expected)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var run = await LatestRunAsync(app, practice);
            if (condition(run))
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        throw new TimeoutException($"The check did not {expected} within 10 seconds.");
    }

    private static async Task<ClientCheckRun> LatestRunAsync(AppFactory app, TestPractice practice)
    {
        using var scope = app.Services.CreateScope();
        var run = await scope.ServiceProvider.GetRequiredService<ClientCheckRunStore>().FindLatestAsync(practice.PracticeId, CancellationToken.None);
        return run ?? throw new InvalidOperationException("The practice has no check run.");
    }

    private static async Task<bool> AuditedAsync(AppFactory app, Guid userId, AuditEventKind kind)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>().AuditEvents
            .AnyAsync(audit => audit.Kind == kind && audit.ActorUserId == userId);
    }

    private void RelationshipAnswers(TestPractice practice, int status, object? body = null, TimeSpan? delay = null) =>
        Answer(Request.Create().WithPath($"/agents/{practice.Arn}/relationships").UsingPost(), status, body, priority: 10, delay);

    private void RelationshipAnswersFor(TestPractice practice, string nino, int status, object? body = null) =>
        Answer(Request.Create().WithPath($"/agents/{practice.Arn}/relationships").UsingPost().WithBody(new WireMock.Matchers.WildcardMatcher($"*\"{nino}\"*")),
            status, body, priority: 1);

    private void Answer(IRequestBuilder request, int status, object? body, int priority, TimeSpan? delay = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("X-CorrelationId", HmrcStubs.CorrelationId);
        if (delay is { } wait)
        {
            response = response.WithDelay(wait);
        }

        if (body is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBodyAsJson(body);
        }

        _hmrc.Given(request).AtPriority(priority).RespondWith(response);
    }

    private List<WireMock.Logging.ILogEntry> RelationshipChecks(TestPractice practice) =>
        _hmrc.LogEntries.Where(entry => entry.RequestMessage.Path == $"/agents/{practice.Arn}/relationships").ToList();
}
