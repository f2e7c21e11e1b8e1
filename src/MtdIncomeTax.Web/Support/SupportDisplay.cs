using System.Globalization;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Web.Support;

/// <summary>Words the support pages and export use for stored values.</summary>
public static class SupportDisplay
{
    public static string Status(ConnectionStatus status) => status switch
    {
        ConnectionStatus.Active => "Active",
        ConnectionStatus.NeedsReauthorisation => "Needs re-authorisation",
        ConnectionStatus.Disconnected => "Disconnected",
        ConnectionStatus.Expired => "Expired",
        _ => status.ToString(),
    };

    public static string Kind(ConnectionKind kind) => kind switch
    {
        ConnectionKind.Business => "Business",
        ConnectionKind.AgentPractice => "Agent practice",
        _ => kind.ToString(),
    };

    public static string AuditKind(AuditEventKind kind) => kind switch
    {
        AuditEventKind.Linked => "Linked",
        AuditEventKind.Refreshed => "Access token refreshed",
        AuditEventKind.RefreshFailed => "Refresh failed",
        AuditEventKind.StatusChanged => "Status changed",
        AuditEventKind.Disconnected => "Disconnected",
        AuditEventKind.ReminderSent => "Grant-ending reminder",
        AuditEventKind.ViewedBySupport => "Viewed by support",
        AuditEventKind.NinoCorrected => "NINO corrected",
        AuditEventKind.UpdateSent => "Quarterly update received by HMRC",
        AuditEventKind.UpdateRejected => "Quarterly update rejected by HMRC",
        AuditEventKind.UpdateOutcomeUnknown => "Quarterly update sent, no answer from HMRC",
        AuditEventKind.CalculationRequested => "Tax calculation requested",
        _ => kind.ToString(),
    };

    /// <summary>For example "December 2026".</summary>
    public static string Month(DateOnly month) =>
        month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>An instant in UTC as ISO 8601, for exports, e.g. 2026-12-04T16:05:00Z.</summary>
    public static string IsoUtc(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}
