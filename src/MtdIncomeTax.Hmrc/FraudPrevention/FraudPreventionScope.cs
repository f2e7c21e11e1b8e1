namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>
/// Names the person on whose behalf the HMRC calls in the current async flow are made, for work
/// that runs without them present, such as a background job they started:
/// <c>using (FraudPreventionScope.ForUser(userId)) { ... }</c>. The host's
/// <see cref="IFraudPreventionContext"/> then uses that person's latest stored browser data.
/// </summary>
public static class FraudPreventionScope
{
    private static readonly AsyncLocal<Guid?> CurrentUser = new();

    /// <summary>Our user ID of the person named for the current async flow, or null.</summary>
    public static Guid? UserId => CurrentUser.Value;

    /// <summary>Names the person until the returned scope is disposed, then restores the one before.</summary>
    public static IDisposable ForUser(Guid userId)
    {
        var previous = CurrentUser.Value;
        CurrentUser.Value = userId;
        return new Scope(previous);
    }

    private sealed class Scope(Guid? previous) : IDisposable
    {
        public void Dispose() => CurrentUser.Value = previous;
    }
}
