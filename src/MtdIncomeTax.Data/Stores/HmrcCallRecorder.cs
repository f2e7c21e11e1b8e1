using Microsoft.Extensions.DependencyInjection;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.Http;

namespace MtdIncomeTax.Data.Stores;

/// <summary>
/// Stores HMRC API call records in their own scope, so that saving one never flushes the caller's
/// pending changes.
/// </summary>
public sealed class HmrcCallRecorder(IServiceScopeFactory scopeFactory) : IHmrcCallRecorder
{
    public async Task RecordAsync(HmrcCallRecord record, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        db.HmrcApiCalls.Add(new HmrcApiCall
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
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
