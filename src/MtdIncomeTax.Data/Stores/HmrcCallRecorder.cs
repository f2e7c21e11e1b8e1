using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.Http;

namespace MtdIncomeTax.Data.Stores;

/// <summary>
/// Queues HMRC API call records and writes them in batches in the background, so that an API call
/// never waits for the database. The records are diagnostics for support: every failed call is kept,
/// a successful one at most once a minute per connection and endpoint, and when the queue is full
/// the oldest are dropped rather than slowing calls down.
/// </summary>
public sealed class HmrcCallRecorder(IServiceScopeFactory scopeFactory, ILogger<HmrcCallRecorder> logger)
    : BackgroundService, IHmrcCallRecorder
{
    private const int MaxBatch = 200;
    private const int MaxTrackedSuccesses = 50_000;
    private static readonly TimeSpan SuccessInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(Guid ConnectionId, string Endpoint), DateTimeOffset> _lastSuccess = new();
    private readonly SemaphoreSlim _writing = new(1, 1);

    private readonly Channel<HmrcCallRecord> _queue = Channel.CreateBounded<HmrcCallRecord>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public Task RecordAsync(HmrcCallRecord record, CancellationToken cancellationToken)
    {
        if (IsRecentRepeatOfSuccess(record))
        {
            return Task.CompletedTask;
        }

        _queue.Writer.TryWrite(record);
        return Task.CompletedTask;
    }

    private bool IsRecentRepeatOfSuccess(HmrcCallRecord record)
    {
        if (record.StatusCode is < 200 or >= 300)
        {
            return false;
        }

        var key = (record.ConnectionId, record.Endpoint);
        if (_lastSuccess.TryGetValue(key, out var last) && record.OccurredAt - last < SuccessInterval)
        {
            return true;
        }

        if (_lastSuccess.Count >= MaxTrackedSuccesses)
        {
            _lastSuccess.Clear();
        }

        _lastSuccess[key] = record.OccurredAt;
        return false;
    }

    /// <summary>
    /// Writes every record queued so far, after any batch the background writer has already taken;
    /// for shutdown and for tests that read the records back.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            var batch = new List<HmrcCallRecord>();
            while (_queue.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            await WriteAsync(batch, cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<HmrcCallRecord>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Held from taking the batch until it is saved, so that FlushAsync waits for it.
                await _writing.WaitAsync(stoppingToken);
                try
                {
                    while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var record))
                    {
                        batch.Add(record);
                    }

                    await WriteAsync(batch, stoppingToken);
                    batch.Clear();
                }
                finally
                {
                    _writing.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushAsync(CancellationToken.None);
        }
    }

    private async Task WriteAsync(List<HmrcCallRecord> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
            db.HmrcApiCalls.AddRange(batch.Select(ToEntity));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.CallRecordsLost(batch.Count, exception);
        }
    }

    public override void Dispose()
    {
        _writing.Dispose();
        base.Dispose();
    }

    private static HmrcApiCall ToEntity(HmrcCallRecord record) => new()
    {
        Id = Guid.NewGuid(),
        ConnectionId = record.ConnectionId,
        OccurredAt = record.OccurredAt,
        Method = record.Method,
        Endpoint = record.Endpoint,
        StatusCode = record.StatusCode,
        HmrcCode = record.HmrcCode,
        CorrelationId = record.CorrelationId,
        DurationMs = record.DurationMs,
    };
}
