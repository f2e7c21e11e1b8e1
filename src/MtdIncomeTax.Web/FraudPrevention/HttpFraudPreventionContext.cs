using Microsoft.Extensions.Options;
using MtdIncomeTax.Data.Stores;
using MtdIncomeTax.Hmrc.FraudPrevention;
using MtdIncomeTax.Web.Authentication;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>
/// Supplies the fraud prevention values for an HMRC call. With the person present, the current
/// request gives the device, address, user and sign-in, and their latest stored browser data
/// gives the rest. Within <see cref="FraudPreventionScope.ForUser"/>, or with no request, the
/// named person's stored data gives everything.
/// </summary>
internal sealed class HttpFraudPreventionContext(
    IHttpContextAccessor httpContextAccessor,
    IServiceScopeFactory scopeFactory,
    FraudPreventionRequestReader requestReader,
    IOptionsMonitor<FraudPreventionOptions> vendorOptions) : IFraudPreventionContext
{
    public async Task<FraudPreventionClientData?> GetClientDataAsync(CancellationToken cancellationToken)
    {
        var context = httpContextAccessor.HttpContext;
        var namedUser = FraudPreventionScope.UserId;

        // Handlers outlive requests, so the store comes from a scope of its own, not the request's.
        await using var scope = scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<FraudPreventionDataStore>();
        if (namedUser is null && context?.User.Identity?.IsAuthenticated == true)
        {
            var stored = await store.FindAsync(context.User.GetUserId(), cancellationToken);
            return requestReader.Read(context, stored);
        }

        if (namedUser is not { } userId)
        {
            return null;
        }

        var data = await store.FindAsync(userId, cancellationToken);
        return data is null ? null : StoredClientData.ToClientData(data, vendorOptions.CurrentValue);
    }
}
