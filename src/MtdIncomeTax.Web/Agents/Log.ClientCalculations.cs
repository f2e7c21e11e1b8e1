namespace MtdIncomeTax.Web;

/// <summary>Log messages of a main agent's calculations for a client (EventIds 2673–2679).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2673, EventName = "ClientCalculationRequested", Level = LogLevel.Information,
        Message = "Calculation {CalculationId} requested for client {ClientId} through practice connection {ConnectionId}, tax year {TaxYear}, X-CorrelationId {CorrelationId}")]
    public static partial void ClientCalculationRequested(
        this ILogger logger, string calculationId, Guid clientId, Guid connectionId, string taxYear, string? correlationId);
}
