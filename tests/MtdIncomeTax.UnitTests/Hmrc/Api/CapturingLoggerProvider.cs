using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.UnitTests.Hmrc.Api;

/// <summary>Keeps every log entry, rendered with its structured values, for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

    public void Dispose()
    {
    }

    public sealed record LogEntry(LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values)
    {
        public override string ToString() => $"{Level} {EventId.Name}: {Message} [{string.Join(", ", Values.Select(pair => $"{pair.Key}={pair.Value}"))}]";
    }

    private sealed class Logger(ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value)
                : new Dictionary<string, object?>();
            entries.Enqueue(new LogEntry(logLevel, eventId, formatter(state, exception), values));
        }
    }
}
