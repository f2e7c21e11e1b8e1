using System.Text.Json;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores.Support;
using MtdIncomeTax.Hmrc.Api.FraudPrevention;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>
/// Sends a connection's fraud prevention headers to HMRC's Test Fraud Prevention Headers API and
/// keeps the verdict for the support pages, when FraudPrevention:CheckAfterLinking is on.
/// </summary>
public sealed class FraudHeaderChecker(
    FraudPreventionValidatorClient validator,
    FraudHeaderCheckStore checks,
    IOptions<FraudPreventionWebOptions> options,
    TimeProvider timeProvider,
    ILogger<FraudHeaderChecker> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Checks the headers when checks are on; a failed check is recorded and never stops the caller.</summary>
    public async Task CheckIfEnabledAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        if (!options.Value.CheckAfterLinking)
        {
            return;
        }

        var result = await validator.ValidateAsync(connectionId, cancellationToken);
        var check = result.Value is { } validation
            ? FromValidation(connectionId, validation, result.CorrelationId)
            : new FraudHeaderCheck
            {
                ConnectionId = connectionId,
                CheckedAt = timeProvider.GetUtcNow(),
                Code = result.Error!.Code,
                Message = "The check could not be made: " + result.Error.Message,
                CorrelationId = result.Error.CorrelationId,
            };
        if (result.Error is not null)
        {
            logger.FraudHeaderCheckFailed(connectionId, result.Error.Code, result.Error.CorrelationId);
        }

        await checks.SaveAsync(check, cancellationToken);
    }

    private FraudHeaderCheck FromValidation(Guid connectionId, FraudHeaderValidation validation, string? correlationId)
    {
        var issues = (validation.Errors ?? []).Select(issue => new StoredIssue("error", issue.Code, issue.Message, issue.Headers))
            .Concat((validation.Warnings ?? []).Select(issue => new StoredIssue("warning", issue.Code, issue.Message, issue.Headers)))
            .ToList();

        return new FraudHeaderCheck
        {
            ConnectionId = connectionId,
            CheckedAt = timeProvider.GetUtcNow(),
            Code = validation.Code,
            Message = validation.Message,
            ErrorCount = validation.Errors?.Count ?? 0,
            WarningCount = validation.Warnings?.Count ?? 0,
            IssuesJson = issues.Count == 0 ? null : JsonSerializer.Serialize(issues, Json),
            CorrelationId = correlationId,
        };
    }

    /// <summary>One error or warning as the support pages read it back.</summary>
    public sealed record StoredIssue(string Severity, string Code, string Message, IReadOnlyList<string> Headers)
    {
        public static IReadOnlyList<StoredIssue> Read(string? json) =>
            json is null ? [] : JsonSerializer.Deserialize<List<StoredIssue>>(json, Json) ?? [];
    }
}
