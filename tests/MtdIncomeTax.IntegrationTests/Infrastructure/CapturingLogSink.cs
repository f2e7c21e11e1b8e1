using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace MtdIncomeTax.IntegrationTests.Infrastructure;

/// <summary>Keeps every log event the app writes, rendered with its properties, for secret checks.</summary>
public sealed class CapturingLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public void Emit(LogEvent logEvent)
    {
        var properties = string.Join(" ", logEvent.Properties.Select(pair => $"{pair.Key}={pair.Value}"));
        _lines.Enqueue($"[{logEvent.Level}] {logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {properties} {logEvent.Exception}");
    }

    public bool Contains(string value) => _lines.Any(line => line.Contains(value, StringComparison.Ordinal));
}
