using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>"Check all clients" runs on a real SQLite database, with the background service off.</summary>
public sealed class ClientCheckRunStoreTests : IAsyncLifetime
{
    private readonly AppFactory _app = new() { Settings = new Dictionary<string, string> { ["Agents:CheckAll:Enabled"] = "false" } };

    public Task InitializeAsync() => Task.CompletedTask;

    private readonly List<IServiceScope> _scopes = [];

    public async Task DisposeAsync()
    {
        _scopes.ForEach(scope => scope.Dispose());
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Start_reuses_running_run()
    {
        var practice = await TestPractice.CreateAsync(_app, TestPractice.Clients(3));

        var (first, firstStarted) = await StartAsync(practice);
        var (second, secondStarted) = await StartAsync(practice);

        Assert.True(firstStarted);
        Assert.False(secondStarted);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(3, first.Total);
    }

    [Fact]
    public async Task Start_after_finish_begins_new_run()
    {
        var practice = await TestPractice.CreateAsync(_app, TestPractice.Clients(1));
        var (first, _) = await StartAsync(practice);
        await Store().StopAsync(first.Id, null, "Stopped by the test", CancellationToken.None);

        var (second, started) = await StartAsync(practice);

        Assert.True(started);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task Lease_claimed_by_one_of_two_instances()
    {
        var practice = await TestPractice.CreateAsync(_app, TestPractice.Clients(1));
        var (run, _) = await StartAsync(practice);
        var leaseUntil = _app.Time.GetUtcNow().AddMinutes(2);

        var claims = await Task.WhenAll(
            Store().TryClaimAsync(run.Id, "instance-a", leaseUntil, CancellationToken.None),
            Store().TryClaimAsync(run.Id, "instance-b", leaseUntil, CancellationToken.None));

        var winner = Assert.Single(claims, claim => claim is not null);
        Assert.True(winner!.LeaseHolder is "instance-a" or "instance-b");
        Assert.DoesNotContain(run.Id, await Store().ListClaimableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Expired_lease_can_be_claimed()
    {
        var practice = await TestPractice.CreateAsync(_app, TestPractice.Clients(1));
        var (run, _) = await StartAsync(practice);
        await Store().TryClaimAsync(run.Id, "instance-a", _app.Time.GetUtcNow().AddMinutes(2), CancellationToken.None);

        var whileHeld = await Store().TryClaimAsync(run.Id, "instance-b", _app.Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
        _app.Time.Advance(TimeSpan.FromMinutes(3));
        var afterExpiry = await Store().TryClaimAsync(run.Id, "instance-b", _app.Time.GetUtcNow().AddMinutes(2), CancellationToken.None);

        Assert.Null(whileHeld);
        Assert.Equal("instance-b", afterExpiry?.LeaseHolder);
        Assert.False(await Store().RenewLeaseAsync(run.Id, "instance-a", _app.Time.GetUtcNow().AddMinutes(2), CancellationToken.None));
    }

    [Fact]
    public async Task Resume_skips_checked_clients()
    {
        var practice = await TestPractice.CreateAsync(_app, TestPractice.Clients(3));
        var (run, _) = await StartAsync(practice);
        var claimed = await Store().TryClaimAsync(run.Id, "instance-a", _app.Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
        await Store().RecordCheckedAsync(run.Id, "instance-a", practice.ClientIds[0], ClientCheckResult.Changed, CancellationToken.None);
        _app.Time.Advance(TimeSpan.FromSeconds(1));
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AgentClientStore>().AddAsync(
                practice.PracticeId, [new NewAgentClient("Added Later", "AB999999C", "TF3 4NT", AgentType.Main)], CancellationToken.None);
        }

        var remaining = await Store().ListUncheckedClientsAsync(claimed!, 10, CancellationToken.None);

        Assert.Equal(practice.ClientIds.Skip(1), remaining);
    }

    [Fact]
    public async Task Client_counted_once()
    {
        var practice = await TestPractice.CreateAsync(_app, TestPractice.Clients(2));
        var (run, _) = await StartAsync(practice);
        await Store().TryClaimAsync(run.Id, "instance-a", _app.Time.GetUtcNow().AddMinutes(2), CancellationToken.None);

        var first = await Store().RecordCheckedAsync(run.Id, "instance-a", practice.ClientIds[0], ClientCheckResult.Changed, CancellationToken.None);
        var again = await Store().RecordCheckedAsync(run.Id, "instance-a", practice.ClientIds[0], ClientCheckResult.Changed, CancellationToken.None);
        var failed = await Store().RecordCheckedAsync(run.Id, "instance-a", practice.ClientIds[1], ClientCheckResult.Failed, CancellationToken.None);

        Assert.True(first);
        Assert.False(again);
        Assert.True(failed);
        var stored = (await Store().FindAsync(run.Id, CancellationToken.None))!;
        Assert.Equal(2, stored.Checked);
        Assert.Equal(1, stored.Changed);
        Assert.Equal(1, stored.Failed);
    }

    [Fact]
    public async Task Record_without_lease_counts_nothing()
    {
        var practice = await TestPractice.CreateAsync(_app, TestPractice.Clients(1));
        var (run, _) = await StartAsync(practice);
        await Store().TryClaimAsync(run.Id, "instance-a", _app.Time.GetUtcNow().AddMinutes(2), CancellationToken.None);

        var recorded = await Store().RecordCheckedAsync(run.Id, "instance-b", practice.ClientIds[0], ClientCheckResult.Unchanged, CancellationToken.None);

        Assert.False(recorded);
        Assert.Equal(0, (await Store().FindAsync(run.Id, CancellationToken.None))!.Checked);
        Assert.Single(await Store().ListUncheckedClientsAsync(run, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Complete_counts_clients_per_status()
    {
        var practice = await TestPractice.CreateAsync(_app, TestPractice.Clients(3));
        await practice.SetStatusAsync(_app, practice.ClientIds[0], ClientRelationshipStatus.Authorised);
        await practice.SetStatusAsync(_app, practice.ClientIds[1], ClientRelationshipStatus.Authorised);
        var (run, _) = await StartAsync(practice);
        await Store().TryClaimAsync(run.Id, "instance-a", _app.Time.GetUtcNow().AddMinutes(2), CancellationToken.None);

        var completed = await Store().CompleteAsync(run.Id, "instance-a", CancellationToken.None);

        Assert.Equal(ClientCheckRunStatus.Completed, completed!.Status);
        Assert.NotNull(completed.CompletedAt);
        Assert.Null(completed.LeaseHolder);
        var counts = ClientCheckSummary.Parse(completed.SummaryJson);
        Assert.Equal(2, counts[ClientRelationshipStatus.Authorised]);
        Assert.Equal(1, counts[ClientRelationshipStatus.NotRequested]);
        Assert.Equal(2, counts.Count);
    }

    private async Task<(ClientCheckRun Run, bool Started)> StartAsync(TestPractice practice) =>
        await Store().StartAsync(practice.PracticeId, practice.UserId, CancellationToken.None);

    // A store of its own for each call, as separate requests and instances have.
    private ClientCheckRunStore Store()
    {
        var scope = _app.Services.CreateScope();
        _scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<ClientCheckRunStore>();
    }
}
