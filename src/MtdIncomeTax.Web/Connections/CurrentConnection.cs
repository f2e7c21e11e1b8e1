using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Data.Stores;

namespace MtdIncomeTax.Web.Connections;

/// <summary>
/// The signed-in person's connection, read once per request and shared by the page and the
/// banner. Reading it sets a connection whose grant has ended to Expired.
/// </summary>
public sealed class CurrentConnection(ConnectionLifecycleStore store)
{
    private Task<HmrcConnection?>? _connection;
    private Guid _ownerUserId;

    public Task<HmrcConnection?> GetAsync(Guid ownerUserId, CancellationToken cancellationToken)
    {
        if (_connection is null || _ownerUserId != ownerUserId)
        {
            _ownerUserId = ownerUserId;
            _connection = store.FindForOwnerAsync(ownerUserId, cancellationToken);
        }

        return _connection;
    }

    /// <summary>Reads the connection again, after a call that may have changed it (HMRC ended the grant).</summary>
    public Task<HmrcConnection?> ReloadAsync(Guid ownerUserId, CancellationToken cancellationToken)
    {
        _connection = null;
        return GetAsync(ownerUserId, cancellationToken);
    }
}
