using Microsoft.Extensions.Logging;

namespace MtdIncomeTax.Data;

/// <summary>Log messages of the data layer. None carries a token.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3100, EventName = "CallRecordsLost", Level = LogLevel.Error,
        Message = "{Count} HMRC call records could not be saved for the support view")]
    public static partial void CallRecordsLost(this ILogger logger, int count, Exception exception);
}
