using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Api;
using MtdIncomeTax.Hmrc.Api.Property;
using MtdIncomeTax.Hmrc.Api.SelfEmployment;

namespace MtdIncomeTax.Web.Updates;

/// <summary>
/// Sends a reviewed quarterly update to HMRC once and records HMRC's response. After an unknown
/// outcome, it checks whether HMRC has the update before the person sends it again.
/// </summary>
public sealed class QuarterlyUpdateService(
    QuarterlyUpdateStore updates,
    SelfEmploymentBusinessClient selfEmployment,
    PropertyBusinessClient property,
    AuditLog auditLog,
    ILogger<QuarterlyUpdateService> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<SendResult> SendAsync(QuarterlyUpdate update, Nino nino, Guid userId, CancellationToken cancellationToken)
    {
        if (!await updates.TryClaimForSendingAsync(update.ConnectionId, update.Id, update.ConcurrencyToken, cancellationToken))
        {
            logger.UpdateAlreadyClaimed(update.Id);
            return new SendResult(SendOutcome.AlreadyClaimed, null);
        }

        var figures = UpdateFigures.FromJson(update.TypeOfBusiness, update.FiguresJson);
        var result = await SendToHmrcAsync(update, figures, nino, cancellationToken);

        if (result.Succeeded)
        {
            await updates.RecordSentAsync(update.Id, result.CorrelationId, CancellationToken.None);
            logger.UpdateSent(update.Id, update.ConnectionId, result.CorrelationId);
            await auditLog.RecordAsync(
                AuditEventKind.UpdateSent, update.ConnectionId, userId, Describe(update), CancellationToken.None, result.CorrelationId);
            return new SendResult(SendOutcome.Sent, null);
        }

        var error = result.Error;
        if (result.OutcomeUnknown)
        {
            await updates.RecordOutcomeUnknownAsync(update.Id, error.CorrelationId, error.Code, CancellationToken.None);
            logger.UpdateOutcomeUnknown(update.Id, update.ConnectionId, error.Message);
            await auditLog.RecordAsync(
                AuditEventKind.UpdateOutcomeUnknown, update.ConnectionId, userId,
                $"{Describe(update)}: no answer from HMRC ({error.Message})", CancellationToken.None, error.CorrelationId);
            return new SendResult(SendOutcome.OutcomeUnknown, error);
        }

        await updates.RecordRejectedAsync(update.Id, error.CorrelationId, error.Code, CancellationToken.None);
        if (Guidance.HmrcGuidance.IsOurFault(error))
        {
            var paths = string.Join(", ", error.Paths.Concat(error.Errors.SelectMany(detail => detail.Paths)));
            logger.UpdateRequestFault(update.Id, update.ConnectionId, (int)error.StatusCode, error.Code, error.Message, paths, error.CorrelationId);
        }
        else
        {
            logger.UpdateRejected(update.Id, update.ConnectionId, (int)error.StatusCode, error.Code, error.Message, error.CorrelationId);
        }

        await auditLog.RecordAsync(
            AuditEventKind.UpdateRejected, update.ConnectionId, userId,
            $"{Describe(update)}: HMRC {(int)error.StatusCode} {error.Code}", CancellationToken.None, error.CorrelationId);
        return new SendResult(SendOutcome.Rejected, error);
    }

    /// <summary>
    /// Retrieves the business's year-to-date update from HMRC and compares it with ours. When HMRC has
    /// exactly what we sent, the update is recorded as sent and need not be sent again.
    /// </summary>
    public async Task<CheckResult> CheckWithHmrcAsync(QuarterlyUpdate update, Nino nino, Guid userId, CancellationToken cancellationToken)
    {
        var figures = UpdateFigures.FromJson(update.TypeOfBusiness, update.FiguresJson);
        var businessId = BusinessId.Parse(update.BusinessId);
        var taxYear = TaxYear.Parse(update.TaxYear);

        (bool Found, bool Matches, HmrcApiError? Error, string? CorrelationId) check;
        if (update.TypeOfBusiness == UpdateFieldCatalogue.SelfEmployment)
        {
            var held = await selfEmployment.RetrieveCumulativePeriodSummaryAsync(update.ConnectionId, nino, businessId, taxYear, cancellationToken);
            var sent = UpdateRequestBuilder.SelfEmployment(figures, update.PeriodStartDate, update.PeriodEndDate);
            check = held.Succeeded
                ? (true, Same(sent, held.Value), null, held.CorrelationId)
                : (false, false, held.Error, held.CorrelationId);
        }
        else
        {
            var held = await property.RetrieveUkPropertyCumulativeSummaryAsync(update.ConnectionId, nino, businessId, taxYear, cancellationToken);
            var sent = UpdateRequestBuilder.UkProperty(figures, update.PeriodStartDate, update.PeriodEndDate);
            check = held.Succeeded
                ? (true, held.Value.FromDate == sent.FromDate && held.Value.ToDate == sent.ToDate && Same(sent.UkProperty, held.Value.UkProperty), null, held.CorrelationId)
                : (false, false, held.Error, held.CorrelationId);
        }

        if (check.Found && check.Matches)
        {
            await updates.RecordSentAsync(update.Id, check.CorrelationId, CancellationToken.None);
            logger.UpdateConfirmedByHmrc(update.Id, update.ConnectionId, check.CorrelationId);
            await auditLog.RecordAsync(
                AuditEventKind.UpdateSent, update.ConnectionId, userId,
                $"{Describe(update)}: found at HMRC after an unknown outcome", CancellationToken.None, check.CorrelationId);
            return new CheckResult(CheckOutcome.HeldByHmrc, null);
        }

        if (check.Found || check.Error is { StatusCode: HttpStatusCode.NotFound })
        {
            return new CheckResult(CheckOutcome.NotHeldByHmrc, null);
        }

        return new CheckResult(CheckOutcome.Failed, check.Error);
    }

    private Task<HmrcApiResult<HmrcNoContent>> SendToHmrcAsync(
        QuarterlyUpdate update, UpdateFigures figures, Nino nino, CancellationToken cancellationToken)
    {
        var businessId = BusinessId.Parse(update.BusinessId);
        var taxYear = TaxYear.Parse(update.TaxYear);

        return update.TypeOfBusiness == UpdateFieldCatalogue.SelfEmployment
            ? selfEmployment.CreateOrAmendCumulativePeriodSummaryAsync(
                update.ConnectionId, nino, businessId, taxYear,
                UpdateRequestBuilder.SelfEmployment(figures, update.PeriodStartDate, update.PeriodEndDate), cancellationToken)
            : property.CreateOrAmendUkPropertyCumulativeSummaryAsync(
                update.ConnectionId, nino, businessId, taxYear,
                UpdateRequestBuilder.UkProperty(figures, update.PeriodStartDate, update.PeriodEndDate), cancellationToken);
    }

    private static bool Same<T>(T sent, T held) =>
        JsonNode.DeepEquals(JsonSerializer.SerializeToNode(sent, Json), JsonSerializer.SerializeToNode(held, Json));

    private static string Describe(QuarterlyUpdate update) =>
        $"Quarterly update for {update.BusinessId}, {update.PeriodStartDate:yyyy-MM-dd} to {update.PeriodEndDate:yyyy-MM-dd}";
}

public enum SendOutcome
{
    Sent,
    Rejected,
    OutcomeUnknown,

    /// <summary>The update was already being sent, or had been sent: nothing was sent this time.</summary>
    AlreadyClaimed,
}

public sealed record SendResult(SendOutcome Outcome, HmrcApiError? Error);

public enum CheckOutcome
{
    HeldByHmrc,
    NotHeldByHmrc,
    Failed,
}

public sealed record CheckResult(CheckOutcome Outcome, HmrcApiError? Error);
