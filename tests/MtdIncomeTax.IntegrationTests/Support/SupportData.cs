using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.IntegrationTests.Infrastructure;

namespace MtdIncomeTax.IntegrationTests.Support;

/// <summary>
/// Seeds connections, history and HMRC calls straight into the app's database, each connection
/// with real encrypted tokens, so tests can check that support pages never show them.
/// </summary>
public sealed partial class SupportData(AppFactory app)
{
    public const string AccessToken = "support-test-access-token-61c0a9";
    public const string RefreshToken = "support-test-refresh-token-d42e7f";

    public DateTimeOffset Now => app.Time.GetUtcNow();

    /// <summary>Every stored token, plain and encrypted, that a support page or export must not contain.</summary>
    public List<string> TokenTexts { get; } = [AccessToken, RefreshToken];

    /// <summary>Deletes every connection with its history and calls, so each test starts from an empty list.</summary>
    public async Task ResetAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        await db.AuditEvents.ExecuteDeleteAsync();
        await db.HmrcApiCalls.ExecuteDeleteAsync();
        await db.GrantReminders.ExecuteDeleteAsync();
        await db.HmrcConnections.ExecuteDeleteAsync();
    }

    /// <summary>Stores a connection whose owner is a new person named ownerName. The grant ends grantEndsIn from now.</summary>
    public async Task<HmrcConnection> AddAsync(
        string ownerName,
        TimeSpan grantEndsIn,
        ConnectionStatus status = ConnectionStatus.Active,
        string? nino = "AA123456A",
        string? arn = null,
        string? email = null,
        ConnectionKind kind = ConnectionKind.Business)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<HmrcTokenProtector>();
        var owner = new AppUser
        {
            Id = Guid.NewGuid(),
            Subject = "owner-" + Guid.NewGuid().ToString("N"),
            Name = ownerName,
            Email = email,
            Role = kind == ConnectionKind.Business ? "business" : "agent",
            CreatedAt = Now,
            LastSignedInAt = Now,
        };
        var connection = new HmrcConnection
        {
            Id = Guid.NewGuid(),
            OwnerUserId = owner.Id,
            Kind = kind,
            Environment = "Sandbox",
            Nino = nino,
            Arn = arn,
            Scopes = "read:self-assessment write:self-assessment",
            ProtectedAccessToken = protector.ProtectToken(AccessToken),
            ProtectedRefreshToken = protector.ProtectToken(RefreshToken),
            AccessTokenExpiresAt = Now.AddHours(4),
            GrantedAt = Now + grantEndsIn - TimeSpan.FromDays(547),
            GrantExpiresAt = Now + grantEndsIn,
            Status = status,
            CreatedAt = Now,
            UpdatedAt = Now,
            ConcurrencyToken = Guid.NewGuid(),
        };
        db.Users.Add(owner);
        db.HmrcConnections.Add(connection);
        await db.SaveChangesAsync();

        TokenTexts.Add(connection.ProtectedAccessToken);
        TokenTexts.Add(connection.ProtectedRefreshToken);
        return connection;
    }

    public async Task AddAsync<TEntity>(params TEntity[] entities)
        where TEntity : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        db.Set<TEntity>().AddRange(entities);
        await db.SaveChangesAsync();
    }

    public async Task<List<AuditEvent>> AuditEventsAsync(Guid connectionId, AuditEventKind kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        return await db.AuditEvents.Where(audit => audit.ConnectionId == connectionId && audit.Kind == kind).ToListAsync();
    }

    public async Task<AppUser> UserAsync(string subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        return await db.Users.SingleAsync(user => user.Subject == subject);
    }

    /// <summary>The owner names linked from a list page, in page order.</summary>
    public static List<string> ListedOwners(string page) =>
        [.. DetailLink().Matches(page).Select(match => System.Net.WebUtility.HtmlDecode(match.Groups[1].Value))];

    /// <summary>Returns the visible text of a page: its body without tags and attributes.</summary>
    public static string VisibleText(string page)
    {
        var body = page[page.IndexOf("<body", StringComparison.Ordinal)..];
        return System.Net.WebUtility.HtmlDecode(Tag().Replace(body, " "));
    }

    public void AssertNoToken(string text)
    {
        foreach (var token in TokenTexts)
        {
            Assert.False(text.Contains(token, StringComparison.Ordinal), $"The text contains a token starting {token[..8]}");
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<a href=\"/support/connections/[0-9a-f-]{36}\">([^<]*)</a>")]
    private static partial Regex DetailLink();
}
