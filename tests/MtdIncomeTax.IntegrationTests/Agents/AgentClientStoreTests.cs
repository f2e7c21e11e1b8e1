using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>The practice's client list on a real SQLite database with the app's migrations.</summary>
public sealed class AgentClientStoreTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Add_refuses_a_NINO_already_listed()
    {
        var practiceId = await NewPracticeAsync();
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<AgentClientStore>();
        await store.AddAsync(practiceId, [Client("Ann Able", "AA123456A")], CancellationToken.None);

        var result = await store.AddAsync(practiceId, [Client("Ann Again", "AA123456A")], CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(["AA123456A"], result.DuplicateNinos);
        var page = await store.SearchAsync(practiceId, new AgentClientFilter(), CancellationToken.None);
        Assert.Equal("Ann Able", Assert.Single(page.Clients).Name);
    }

    [Fact]
    public async Task Import_with_a_repeat_adds_nothing()
    {
        var practiceId = await NewPracticeAsync();
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<AgentClientStore>();

        var result = await store.AddAsync(
            practiceId,
            [Client("Ann Able", "AA123456A"), Client("Ben Baker", "AB123456C"), Client("Ann Twice", "AA123456A")],
            CancellationToken.None);

        Assert.Equal(0, result.Added);
        Assert.Equal(["AA123456A"], result.DuplicateNinos);
        var page = await store.SearchAsync(practiceId, new AgentClientFilter(), CancellationToken.None);
        Assert.Empty(page.Clients);
    }

    [Fact]
    public async Task Same_NINO_may_sit_in_two_practices()
    {
        var first = await NewPracticeAsync();
        var second = await NewPracticeAsync();
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<AgentClientStore>();

        var firstResult = await store.AddAsync(first, [Client("Ann Able", "AA123456A")], CancellationToken.None);
        var secondResult = await store.AddAsync(second, [Client("Ann Able", "AA123456A")], CancellationToken.None);

        Assert.True(firstResult.Succeeded);
        Assert.True(secondResult.Succeeded);
    }

    [Fact]
    public async Task Search_matches_name_part_or_spaced_NINO()
    {
        var practiceId = await NewPracticeAsync();
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<AgentClientStore>();
        await store.AddAsync(practiceId, [Client("Ann Able", "AA123456A"), Client("Ben Baker", "AB123456C")], CancellationToken.None);

        var byName = await store.SearchAsync(practiceId, new AgentClientFilter("bak"), CancellationToken.None);
        var byNino = await store.SearchAsync(practiceId, new AgentClientFilter("aa 12 34 56 a"), CancellationToken.None);

        Assert.Equal("Ben Baker", Assert.Single(byName.Clients).Name);
        Assert.Equal("Ann Able", Assert.Single(byNino.Clients).Name);
    }

    [Theory]
    [InlineData("AA 12 34")]
    [InlineData("aa 12")]
    [InlineData("12 34 56 A")]
    [InlineData(" a a1 2 ")]
    public async Task Search_matches_spaced_NINO_part(string search)
    {
        var practiceId = await NewPracticeAsync();
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<AgentClientStore>();
        await store.AddAsync(practiceId, [Client("Ann Able", "AA123456A"), Client("Ben Baker", "AB123456C")], CancellationToken.None);

        var found = await store.SearchAsync(practiceId, new AgentClientFilter(search), CancellationToken.None);

        Assert.Equal("Ann Able", Assert.Single(found.Clients).Name);
    }

    [Fact]
    public async Task Status_filter_and_counts()
    {
        var practiceId = await NewPracticeAsync();
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<AgentClientStore>();
        await store.AddAsync(practiceId, [Client("Ann Able", "AA123456A"), Client("Ben Baker", "AB123456C")], CancellationToken.None);
        var ann = (await store.FindByNinoAsync(practiceId, "AA123456A", CancellationToken.None))!;
        await store.UpdateAsync(practiceId, ann.Id, client =>
        {
            client.Status = ClientRelationshipStatus.Authorised;
            return true;
        }, CancellationToken.None);

        var page = await store.SearchAsync(practiceId, new AgentClientFilter(Status: ClientRelationshipStatus.Authorised), CancellationToken.None);

        Assert.Equal("Ann Able", Assert.Single(page.Clients).Name);
        Assert.Equal(1, page.CountByStatus[ClientRelationshipStatus.Authorised]);
        Assert.Equal(1, page.CountByStatus[ClientRelationshipStatus.NotRequested]);
    }

    [Fact]
    public async Task Other_practice_cannot_reach_client()
    {
        var owner = await NewPracticeAsync();
        var other = await NewPracticeAsync();
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<AgentClientStore>();
        await store.AddAsync(owner, [Client("Ann Able", "AA123456A")], CancellationToken.None);
        var ann = (await store.FindByNinoAsync(owner, "AA123456A", CancellationToken.None))!;

        var found = await store.FindAsync(other, ann.Id, CancellationToken.None);
        var removed = await store.RemoveAsync(other, ann.Id, CancellationToken.None);
        var updated = await store.UpdateAsync(other, ann.Id, _ => true, CancellationToken.None);

        Assert.Null(found);
        Assert.False(removed);
        Assert.Null(updated);
        Assert.NotNull(await store.FindAsync(owner, ann.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Staff_of_one_practice_share_it()
    {
        var externalId = "practice-" + Guid.NewGuid().ToString("N");
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserDirectory>();
        var practices = scope.ServiceProvider.GetRequiredService<AgentPracticeStore>();
        var first = await users.RecordSignInAsync("first-" + externalId, "First", null, "agent", CancellationToken.None);
        var second = await users.RecordSignInAsync("second-" + externalId, "Second", null, "agent", CancellationToken.None);

        var firstPractice = await practices.RecordMembershipAsync(first.Id, externalId, "Old name", CancellationToken.None);
        var secondPractice = await practices.RecordMembershipAsync(second.Id, externalId, "New name", CancellationToken.None);

        Assert.Equal(firstPractice.Id, secondPractice.Id);
        Assert.Equal("New name", (await practices.FindForUserAsync(first.Id, CancellationToken.None))!.Name);
    }

    private static NewAgentClient Client(string name, string nino) => new(name, nino, "TF3 4NT", AgentType.Main);

    private async Task<Guid> NewPracticeAsync()
    {
        var externalId = "practice-" + Guid.NewGuid().ToString("N");
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserDirectory>();
        var practices = scope.ServiceProvider.GetRequiredService<AgentPracticeStore>();
        var user = await users.RecordSignInAsync("staff-" + externalId, "Staff", null, "agent", CancellationToken.None);
        var practice = await practices.RecordMembershipAsync(user.Id, externalId, "Practice", CancellationToken.None);

        return practice.Id;
    }
}
