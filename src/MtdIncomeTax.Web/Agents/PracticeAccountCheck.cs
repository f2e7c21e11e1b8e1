using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// Confirms a practice's grant after linking. HMRC's token response does not say which account
/// granted it, so one Agent Authorisation call (list the practice's requests) shows whether it is
/// an agent services account's and whether the ARN entered is that account's.
/// </summary>
public sealed class PracticeAccountCheck(
    HmrcConnectionStore connections,
    AgentAuthorisationClient agentApi,
    HmrcTokenManager tokenManager,
    AuditLog auditLog,
    ILogger<PracticeAccountCheck> logger)
{
    public const string NotAnAgentReason =
        "HMRC says the account that granted authority is not an agent services account. Link again, signing in with the agent services account user ID.";

    public async Task<PracticeCheckOutcome> CheckAsync(Guid practiceId, Guid userId, CancellationToken cancellationToken)
    {
        var connection = await connections.FindForPracticeAsync(practiceId, cancellationToken);
        if (connection is not { Status: ConnectionStatus.Active } || !Arn.TryParse(connection.Arn, out var arn))
        {
            return new PracticeCheckOutcome(PracticeCheckResult.NotLinked);
        }

        var result = await agentApi.ListInvitationsAsync(connection.Id, arn, cancellationToken);
        if (result.Succeeded)
        {
            logger.PracticeAccountConfirmed(practiceId, connection.Id, result.CorrelationId);
            await auditLog.RecordAsync(
                AuditEventKind.AgentAccountChecked, connection.Id, userId,
                $"Agent services account confirmed for ARN {arn.Value}", cancellationToken, result.CorrelationId);
            return new PracticeCheckOutcome(PracticeCheckResult.Confirmed);
        }

        var error = result.Error;
        logger.PracticeAccountRefused(practiceId, connection.Id, (int)error.StatusCode, error.Code, error.CorrelationId);
        await auditLog.RecordAsync(
            AuditEventKind.AgentAccountChecked, connection.Id, userId,
            $"HMRC refused ARN {arn.Value}: {(int)error.StatusCode} {error.Code}", cancellationToken, error.CorrelationId);

        switch (error.Code)
        {
            case AgentErrorCodes.NotAnAgent or AgentErrorCodes.AgentNotSubscribed:
                await connections.EndGrantAsync(connection.Id, NotAnAgentReason, cancellationToken);
                tokenManager.Forget(connection.Id);
                return new PracticeCheckOutcome(PracticeCheckResult.NotAnAgentAccount, error);
            case AgentErrorCodes.NoPermissionOnAgency:
                return new PracticeCheckOutcome(PracticeCheckResult.WrongArn, error);
            default:
                return new PracticeCheckOutcome(PracticeCheckResult.Failed, error);
        }
    }
}
