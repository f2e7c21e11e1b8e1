using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.IntegrationTests.Resilience;

/// <summary>Keeps every log entry, its event, message and properties, for tests to inspect.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public IReadOnlyList<CapturedLog> OfEvent(int eventId) => Entries.Where(entry => entry.EventId == eventId).ToList();

    /// <summary>Whether any entry's message, properties or exception contains the value.</summary>
    public bool Contain(string value) => Entries.Any(entry => entry.Text.Contains(value, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var text = $"{formatter(state, exception)} {string.Join(" ", properties.Select(pair => $"{pair.Key}={pair.Value}"))} {exception}";
            provider._entries.Enqueue(new CapturedLog(category, logLevel, eventId.Id, text, properties.ToDictionary(pair => pair.Key, pair => pair.Value)));
        }
    }
}

public sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Text, IReadOnlyDictionary<string, object?> Properties);
