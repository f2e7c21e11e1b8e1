using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Hmrc;

/// <summary>Log messages of the fraud prevention headers; EventIds 1300 to 1309.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1300, EventName = "FraudPreventionHeadersMissing", Level = LogLevel.Debug,
        Message = "HMRC {Method} {Endpoint} sent without fraud prevention headers that had no value: {MissingHeaders}")]
    public static partial void FraudPreventionHeadersMissing(this ILogger logger, string method, string endpoint, string missingHeaders);

    [LoggerMessage(EventId = 1301, EventName = "FraudPreventionValidated", Level = LogLevel.Information,
        Message = "HMRC's Test Fraud Prevention Headers API returned {Code} with {ErrorCount} errors and {WarningCount} warnings for connection {ConnectionId}")]
    public static partial void FraudPreventionValidated(this ILogger logger, string code, int errorCount, int warningCount, Guid connectionId);
}
