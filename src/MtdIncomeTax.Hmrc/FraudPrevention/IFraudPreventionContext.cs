namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>
/// Supplies the person and device data for the HMRC call being made: from the current web request
/// when the person is present, or from the stored browser data of the person who started the work
/// (see <see cref="FraudPreventionScope"/>). The host app implements it; without one, only the
/// vendor headers are sent.
/// </summary>
public interface IFraudPreventionContext
{
    /// <summary>Returns the data for the current call, or null when no person can be identified.</summary>
    Task<FraudPreventionClientData?> GetClientDataAsync(CancellationToken cancellationToken);
}
