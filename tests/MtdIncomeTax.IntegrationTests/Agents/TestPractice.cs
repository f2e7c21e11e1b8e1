using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Agents;

/// <summary>
/// A practice with one staff member, optionally linked to HMRC with an ARN, and its clients, set
/// up through the app's stores as signing in, linking and adding clients would leave them.
/// </summary>
internal sealed record TestPractice(string Subject, string ExternalId, Guid UserId, Guid PracticeId, string Arn, IReadOnlyList<Guid> ClientIds)
{
    public const string Scopes = "read:self-assessment write:self-assessment read:check-relationship read:sent-invitations";

    /// <summary>A signed-in client for the practice's staff member.</summary>
    public HttpClient SignIn(AppFactory app) => app.CreateClientFor(Subject, "agent", ExternalId);

    public static async Task<TestPractice> CreateAsync(
        AppFactory app, IReadOnlyList<NewAgentClient> clients, bool linked = true, string? arn = null)
    {
        arn ??= "TARN" + Random.Shared.Next(1_000_000, 9_999_999);
        var externalId = "practice-" + Guid.NewGuid().ToString("N");
        var subject = "staff-" + externalId;
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserDirectory>()
            .RecordSignInAsync(subject, $"Test {subject}", $"{subject}@example.test", "agent", CancellationToken.None);
        var practice = await services.GetRequiredService<AgentPracticeStore>()
            .RecordMembershipAsync(user.Id, externalId, $"Practice {externalId}", CancellationToken.None);
        if (linked)
        {
            var tokens = new HmrcTokenSet(HmrcStubs.AccessToken, HmrcStubs.RefreshToken, TimeSpan.FromHours(4), Scopes);
            await services.GetRequiredService<HmrcConnectionStore>().SaveGrantAsync(
                new NewGrant(user.Id, ConnectionKind.AgentPractice, "Sandbox", null, Scopes, tokens) { PracticeId = practice.Id, Arn = arn },
                CancellationToken.None);
        }

        var store = services.GetRequiredService<AgentClientStore>();
        var added = await store.AddAsync(practice.Id, clients, CancellationToken.None);
        Assert.True(added.Succeeded);
        var ids = new List<Guid>();
        foreach (var client in clients)
        {
            ids.Add((await store.FindByNinoAsync(practice.Id, client.Nino, CancellationToken.None))!.Id);
        }

        return new TestPractice(subject, externalId, user.Id, practice.Id, arn, ids);
    }

    /// <summary>Clients with made-up names and NINOs AA000001A, AA000002A and so on.</summary>
    public static List<NewAgentClient> Clients(int count, AgentType agentType = AgentType.Main) =>
        Enumerable.Range(1, count)
            .Select(number => new NewAgentClient($"Client {number:D4}", $"AA{number:D6}A", "TF3 4NT", agentType))
            .ToList();

    /// <summary>Sets a client's status as earlier requests and checks would have left it.</summary>
    public async Task SetStatusAsync(AppFactory app, Guid clientId, ClientRelationshipStatus status)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AgentClientStore>().UpdateAsync(PracticeId, clientId, row =>
        {
            row.Status = status;
            return true;
        }, CancellationToken.None);
    }

    /// <summary>Creates a linked practice with one client, "Sam Client", of the agent type and status given.</summary>
    public static async Task<(TestPractice Practice, Guid ClientId)> WithClientAsync(
        AppFactory app, AgentType agentType, ClientRelationshipStatus status, string nino)
    {
        var practice = await CreateAsync(app, [new NewAgentClient("Sam Client", nino, "TF3 4NT", agentType)]);
        await practice.SetStatusAsync(app, practice.ClientIds[0], status);
        return (practice, practice.ClientIds[0]);
    }
}
