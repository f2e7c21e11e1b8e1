using Duende.IdentityModel;
using Microsoft.Extensions.Options;
using MtdIncomeTax.Data;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;
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
        var state = CryptoRandom.CreateUniqueId(32, CryptoRandom.OutputFormat.Base64Url);
        var pkce = PkcePair.Create();
        var now = timeProvider.GetUtcNow();

        await attempts.AddAsync(
            new AuthorisationAttempt
            {
                Id = Guid.NewGuid(),
                StateHash = AuthorisationAttemptStore.HashState(state),
                UserId = userId,
                Kind = ConnectionKind.Business,
                Nino = nino.Value,
                ProtectedCodeVerifier = protector.ProtectVerifier(pkce.Verifier),
                RedirectUri = _hmrc.RedirectUri,
                Scopes = _hmrc.BusinessScopes,
                CreatedAt = now,
                ExpiresAt = now + linkingOptions.Value.AttemptLifetime,
            },
            cancellationToken);

        logger.LinkStarted(userId, _hmrc.Environment);
        return HmrcAuthorizeUrl.Create(_hmrc, _hmrc.BusinessScopes, state, pkce.Challenge);
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

        var grant = new NewGrant(attempt.UserId, attempt.Kind, _hmrc.Environment, attempt.Nino, attempt.Scopes, result.Tokens);
        var connection = await connections.SaveGrantAsync(grant, cancellationToken);
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
