using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Reminders;

namespace MtdIncomeTax.Web.Connections;

/// <summary>The banner shown on every page while a business's connection needs action.</summary>
public sealed record ConnectionBanner(ConnectionBannerKind Kind, HmrcConnection Connection)
{
    /// <summary>The warning starts when the first grant-ending reminder is due.</summary>
    public static readonly TimeSpan WarningPeriod = TimeSpan.FromDays(GrantReminderSchedule.FirstDaysBefore);

    /// <summary>Returns the banner for the connection, or null when it needs no action (or is disconnected).</summary>
    public static ConnectionBanner? For(HmrcConnection? connection, DateTimeOffset now) => connection switch
    {
        null or { Status: ConnectionStatus.Disconnected } => null,
        { Status: ConnectionStatus.Expired } => new(ConnectionBannerKind.Expired, connection),
        _ when connection.GrantExpiresAt <= now => new(ConnectionBannerKind.Expired, connection),
        { Status: ConnectionStatus.NeedsReauthorisation } => new(ConnectionBannerKind.NeedsReauthorisation, connection),
        _ when connection.GrantExpiresAt - WarningPeriod <= now => new(ConnectionBannerKind.EndingSoon, connection),
        _ => null,
    };
}
