using Microsoft.Extensions.Time.Testing;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;

namespace MtdIncomeTax.UnitTests.Data;

public sealed class AuthorisationAttemptStoreTests : IDisposable
{
    private static readonly Guid Owner = Guid.NewGuid();
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task State_is_consumed_once_by_its_owner()
    {
        await AddAttemptAsync("state-1", Owner);

        var first = await ConsumeAsync("state-1", Owner);
        var second = await ConsumeAsync("state-1", Owner);

        Assert.Equal(StateConsumption.Consumed, first.Result);
        Assert.Equal("AA123456A", first.Attempt?.Nino);
        Assert.Equal(StateConsumption.AlreadyUsed, second.Result);
        Assert.Equal(first.Attempt?.Id, second.Attempt?.Id);
        Assert.NotNull(second.Attempt?.ConsumedAt);
    }

    [Fact]
    public async Task Unknown_state_is_refused()
    {
        await AddAttemptAsync("state-1", Owner);

        var result = await ConsumeAsync("state-2", Owner);

        Assert.Equal(StateConsumption.Unknown, result.Result);
    }

    [Fact]
    public async Task State_after_its_lifetime_is_expired()
    {
        await AddAttemptAsync("state-1", Owner);
        _time.Advance(TimeSpan.FromMinutes(10));

        var result = await ConsumeAsync("state-1", Owner);

        Assert.Equal(StateConsumption.Expired, result.Result);
        Assert.Null(result.Attempt);
    }

    [Fact]
    public async Task State_just_inside_its_lifetime_is_accepted()
    {
        await AddAttemptAsync("state-1", Owner);
        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));

        var result = await ConsumeAsync("state-1", Owner);

        Assert.Equal(StateConsumption.Consumed, result.Result);
    }

    [Fact]
    public async Task Another_users_state_is_refused_and_left_usable()
    {
        await AddAttemptAsync("state-1", Owner);

        var stranger = await ConsumeAsync("state-1", Guid.NewGuid());
        var owner = await ConsumeAsync("state-1", Owner);

        Assert.Equal(StateConsumption.OtherUser, stranger.Result);
        Assert.Equal(StateConsumption.Consumed, owner.Result);
    }

    [Fact]
    public async Task Only_the_state_hash_is_stored()
    {
        await AddAttemptAsync("state-secret-value", Owner);

        using var db = _database.CreateContext();
        var stored = db.AuthorisationAttempts.Single();

        Assert.Equal(AuthorisationAttemptStore.HashState("state-secret-value"), stored.StateHash);
        Assert.DoesNotContain("state-secret-value", stored.StateHash);
    }

    [Fact]
    public async Task Day_old_attempts_are_purged()
    {
        await AddAttemptAsync("old", Owner);
        _time.Advance(TimeSpan.FromDays(2));

        await AddAttemptAsync("new", Owner);

        using var db = _database.CreateContext();
        Assert.Equal(AuthorisationAttemptStore.HashState("new"), Assert.Single(db.AuthorisationAttempts).StateHash);
    }

    public void Dispose() => _database.Dispose();

    private async Task AddAttemptAsync(string state, Guid userId)
    {
        using var db = _database.CreateContext();
        var now = _time.GetUtcNow();
        await new AuthorisationAttemptStore(db, _time).AddAsync(
            new AuthorisationAttempt
            {
                Id = Guid.NewGuid(),
                StateHash = AuthorisationAttemptStore.HashState(state),
                UserId = userId,
                Kind = ConnectionKind.Business,
                Nino = "AA123456A",
                ProtectedCodeVerifier = "protected",
                RedirectUri = "http://localhost/hmrc/callback",
                Scopes = "read:self-assessment",
                CreatedAt = now,
                ExpiresAt = now + TimeSpan.FromMinutes(10),
            },
            CancellationToken.None);
    }

    private async Task<(StateConsumption Result, AuthorisationAttempt? Attempt)> ConsumeAsync(string state, Guid userId)
    {
        using var db = _database.CreateContext();
        return await new AuthorisationAttemptStore(db, _time).ConsumeAsync(state, userId, CancellationToken.None);
    }
}
