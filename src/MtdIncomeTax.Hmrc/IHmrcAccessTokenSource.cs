namespace MtdIncomeTax.Hmrc;

/// <summary>Supplies the access token of a stored HMRC connection to the HTTP layer.</summary>
public interface IHmrcAccessTokenSource
{
    Task<AccessTokenLookup> GetAccessTokenAsync(Guid connectionId, CancellationToken cancellationToken);
}
