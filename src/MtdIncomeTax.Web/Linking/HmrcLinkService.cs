using Duende.IdentityModel;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using MtdIncomeTax.Hmrc.OAuth;
using MtdIncomeTax.Hmrc.Tokens;

namespace MtdIncomeTax.Web.Linking;

/// <summary>
/// Runs the link journey: starts it with a fresh state and PKCE pair stored server-side, and
/// completes it by checking the returned state before any code is exchanged.
/// </summary>
public sealed class HmrcLinkService(
    AuthorisationAttemptStore attempts,
    HmrcConnectionStore connections,
    AgentPracticeStore practices,
    HmrcTokenClient tokenClient,
    HmrcTokenProtector protector,
    AuditLog auditLog,
    HmrcTokenManager tokenManager,
    IOptions<HmrcOptions> hmrcOptions,
    IOptions<LinkingOptions> linkingOptions,
    TimeProvider timeProvider,
    ILogger<HmrcLinkService> logger)
{
    private readonly HmrcOptions _hmrc = hmrcOptions.Value;

    /// <summary>Records a new attempt for the user and returns the HMRC address to send the browser to.</summary>
    public async Task<string> StartAsync(Guid userId, Nino nino, CancellationToken cancellationToken)
    {
        var url = await StartAttemptAsync(
            userId, ConnectionKind.Business, _hmrc.BusinessScopes, attempt => attempt.Nino = nino.Value, cancellationToken);
        logger.LinkStarted(userId, _hmrc.Environment);
        return url;
    }

    /// <summary>
    /// Records a new attempt to link an agent practice with the agent scopes and the ARN the staff
    /// member entered, and returns the HMRC address to send the browser to.
    /// </summary>
    public async Task<string> StartAgentAsync(Guid userId, Guid practiceId, Arn arn, CancellationToken cancellationToken)
    {
        var url = await StartAttemptAsync(
            userId,
            ConnectionKind.AgentPractice,
            _hmrc.AgentScopes,
            attempt =>
            {
                attempt.PracticeId = practiceId;
                attempt.Arn = arn.Value;
            },
            cancellationToken);
        logger.PracticeLinkStarted(userId, practiceId, _hmrc.Environment);
        return url;
    }

    private async Task<string> StartAttemptAsync(
        Guid userId,
        ConnectionKind kind,
        string scopes,
        Action<AuthorisationAttempt> describe,
        CancellationToken cancellationToken)
    {
        var state = CryptoRandom.CreateUniqueId(32, CryptoRandom.OutputFormat.Base64Url);
        var pkce = PkcePair.Create();
        var now = timeProvider.GetUtcNow();
        var attempt = new AuthorisationAttempt
        {
            Id = Guid.NewGuid(),
            StateHash = AuthorisationAttemptStore.HashState(state),
            UserId = userId,
            Kind = kind,
            ProtectedCodeVerifier = protector.ProtectVerifier(pkce.Verifier),
            RedirectUri = _hmrc.RedirectUri,
            Scopes = scopes,
            CreatedAt = now,
            ExpiresAt = now + linkingOptions.Value.AttemptLifetime,
        };
        describe(attempt);

        await attempts.AddAsync(attempt, cancellationToken);
        return HmrcAuthorizeUrl.Create(_hmrc, scopes, state, pkce.Challenge);
    }

    /// <summary>Checks the callback's state for this user, then exchanges the code and stores the grant.</summary>
    public async Task<LinkOutcome> CompleteAsync(Guid userId, HmrcCallback callback, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(callback.State))
        {
            logger.CallbackRefused(userId, LinkOutcome.StateMissingOrUnknown);
            return LinkOutcome.StateMissingOrUnknown;
        }

        var (consumption, attempt) = await attempts.ConsumeAsync(callback.State, userId, cancellationToken);
        if (consumption == StateConsumption.AlreadyUsed && attempt?.Outcome == nameof(LinkOutcome.Linked))
        {
            return LinkOutcome.AlreadyLinked;
        }

        if (consumption != StateConsumption.Consumed || attempt is null)
        {
            var rejected = ToOutcome(consumption);
            logger.CallbackRefused(userId, rejected);
            return rejected;
        }

        var outcome = await CompleteAttemptAsync(attempt, callback, cancellationToken);
        await attempts.RecordOutcomeAsync(attempt.Id, outcome.ToString(), cancellationToken);
        return outcome;
    }

    private async Task<LinkOutcome> CompleteAttemptAsync(AuthorisationAttempt attempt, HmrcCallback callback, CancellationToken cancellationToken)
    {
        if (callback.Error is not null)
        {
            // HMRC advises against branching on error_code values, since its list changes.
            logger.GrantDenied(attempt.UserId, callback.Error, callback.ErrorCode, callback.ErrorDescription);
            return LinkOutcome.Denied;
        }

        if (string.IsNullOrEmpty(callback.Code))
        {
            logger.CallbackRefused(attempt.UserId, LinkOutcome.CallbackIncomplete);
            return LinkOutcome.CallbackIncomplete;
        }

        var verifier = protector.UnprotectVerifier(attempt.ProtectedCodeVerifier);
        var result = await tokenClient.ExchangeCodeAsync(callback.Code, verifier, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Outcome is TokenRequestOutcome.Unavailable or TokenRequestOutcome.InvalidResponse
                ? LinkOutcome.TokenUnavailable
                : LinkOutcome.TokenRejected;
        }

        var grant = new NewGrant(attempt.UserId, attempt.Kind, _hmrc.Environment, attempt.Nino, attempt.Scopes, result.Tokens)
        {
            PracticeId = attempt.PracticeId,
            Arn = attempt.Arn,
        };
        var connection = await connections.SaveGrantAsync(grant, cancellationToken);
        if (attempt is { PracticeId: { } practiceId, Arn: { } arn })
        {
            await practices.SetArnAsync(practiceId, arn, cancellationToken);
        }

        tokenManager.Forget(connection.Id);
        logger.Linked(attempt.UserId, connection.Id, _hmrc.Environment);
        await auditLog.RecordAsync(
            AuditEventKind.Linked, connection.Id, attempt.UserId, $"Granted {connection.Scopes} in {_hmrc.Environment}", cancellationToken);
        return LinkOutcome.Linked;
    }

    private static LinkOutcome ToOutcome(StateConsumption consumption) => consumption switch
    {
        StateConsumption.Expired => LinkOutcome.StateExpired,
        StateConsumption.AlreadyUsed => LinkOutcome.StateAlreadyUsed,
        StateConsumption.OtherUser => LinkOutcome.StateOtherUser,
        _ => LinkOutcome.StateMissingOrUnknown,
    };
}
