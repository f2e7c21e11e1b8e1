using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Emulator.Tests;

public sealed class LoggingTests
{
    private static readonly string[] SecretLists = ["accessTokens", "refreshTokens", "authorizationCodes"];

    [Fact]
    public async Task Logs_never_contain_issued_secrets()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await EmulatorHost.StartAsync(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            services => services.AddLogging(logging => logging.AddProvider(logs)));
        var hmrc = new Hmrc(host);
        var tokens = await hmrc.GetTokensAsync();
        await hmrc.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        await hmrc.ListBusinessesAsync(tokens.GetProperty("access_token").GetString());
        await hmrc.ExchangeCodeAsync("0123456789abcdef0123456789abcdef", clientSecret: "wrong-secret");

        var secrets = await hmrc.Client.GetFromJsonAsync<JsonElement>("/test-support/issued-secrets");
        var values = SecretLists
            .SelectMany(name => secrets.GetProperty(name).EnumerateArray().Select(v => v.GetString()!))
            .Append(host.ClientSecret)
            .Append("wrong-secret")
            .ToList();

        Assert.Contains(logs.Messages, message => message.Contains("Issued an authorization code", StringComparison.Ordinal));
        Assert.Contains(logs.Messages, message => message.Contains("AA******A", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, message => message.Contains("AA123456A", StringComparison.Ordinal));
        foreach (var secret in values)
        {
            Assert.DoesNotContain(logs.Messages, message => message.Contains(secret, StringComparison.Ordinal));
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(Messages);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception) + " " + exception);
    }
}
