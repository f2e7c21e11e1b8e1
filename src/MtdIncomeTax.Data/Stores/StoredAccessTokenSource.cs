using Microsoft.EntityFrameworkCore;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc;

namespace MtdIncomeTax.Data.Stores;

/// <summary>Reads a connection's access token from the database for the HMRC HTTP layer.</summary>
public sealed class StoredAccessTokenSource(MtdIncomeTaxDbContext db, HmrcTokenProtector protector, TimeProvider timeProvider)
    : IHmrcAccessTokenSource
{
    public async Task<AccessTokenLookup> GetAccessTokenAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var connection = await db.HmrcConnections.AsNoTracking()
            .SingleOrDefaultAsync(candidate => candidate.Id == connectionId, cancellationToken);

        if (connection is null)
        {
            return AccessTokenLookup.Missing("connection not found");
        }

        if (connection.Status != ConnectionStatus.Active || connection.ProtectedAccessToken is null)
        {
            return AccessTokenLookup.Missing($"connection is {connection.Status}");
        }

        // TODO: refresh an expiring token here; until the token manager exists, an expired token means relinking.
        if (connection.AccessTokenExpiresAt <= timeProvider.GetUtcNow())
        {
            return AccessTokenLookup.Missing("access token expired");
        }

        return AccessTokenLookup.Found(protector.UnprotectToken(connection.ProtectedAccessToken));
    }
}
