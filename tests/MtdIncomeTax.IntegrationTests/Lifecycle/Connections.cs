using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Lifecycle;

/// <summary>Links a person through the app and reads or changes their connection in the database.</summary>
public static class Connections
{
    public static async Task<HttpClient> LinkAsync(AppFactory app, string user, string nino = "AA123456A")
    {
        app.Hmrc.TokenEndpointIssues();
        var client = app.CreateClientFor(user);
        var (_, query) = await LinkJourney.StartAsync(client, nino);
        var callback = await LinkJourney.CallbackAsync(client, $"code=code-1&state={query["state"]}");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);

        return client;
    }

    public static async Task<HmrcConnection> FindAsync(AppFactory app, string user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();

        return await db.HmrcConnections.AsNoTracking().Include(connection => connection.Owner)
            .SingleAsync(connection => connection.Owner!.Subject == user);
    }

    public static async Task UpdateAsync(AppFactory app, string user, Action<HmrcConnection> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var connection = await db.HmrcConnections.SingleAsync(connection => connection.Owner!.Subject == user);
        change(connection);
        await db.SaveChangesAsync();
    }

    public static async Task<List<AuditEvent>> HistoryAsync(AppFactory app, Guid connectionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var events = await db.AuditEvents.AsNoTracking().Where(audit => audit.ConnectionId == connectionId).ToListAsync();

        return events.OrderBy(audit => audit.OccurredAt).ToList();
    }

    public static int BusinessListCalls(AppFactory app) =>
        app.Hmrc.LogEntries.Count(entry => entry.RequestMessage.Path.StartsWith("/individuals/business/details/", StringComparison.Ordinal));
}
