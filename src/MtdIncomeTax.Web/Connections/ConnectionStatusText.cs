using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Web.Connections;

/// <summary>A connection's status in the words the pages use.</summary>
public static class ConnectionStatusText
{
    public static string For(ConnectionStatus status) => status switch
    {
        ConnectionStatus.Active => "Connected",
        ConnectionStatus.NeedsReauthorisation => "Needs reconnecting: HMRC no longer accepts MtdIncomeTax's access",
        ConnectionStatus.Expired => "Expired: the authority you gave has ended",
        ConnectionStatus.Disconnected => "Disconnected",
        _ => status.ToString(),
    };
}
