namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>
/// A user's grant of authority to one client. Its tokens change on each refresh, always under
/// RefreshLock, and refresh ends at GrantedAt plus the configured grant lifetime.
/// </summary>
internal sealed class Grant(
    string id,
    string userId,
    string clientId,
    IReadOnlyList<string> scopes,
    DateTimeOffset grantedAt)
{
    private bool _hasEnded;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public string ClientId { get; } = clientId;

    public IReadOnlyList<string> Scopes { get; } = scopes;

    public DateTimeOffset GrantedAt { get; } = grantedAt;

    /// <summary>Taken with Wait(0), so a second refresh is rejected rather than queued, as HMRC does.</summary>
    public SemaphoreSlim RefreshLock { get; } = new(1, 1);

    public string AccessToken { get; set; } = "";

    public string RefreshToken { get; set; } = "";

    /// <summary>Set by test support to end the grant before its time, as HMRC does at the 18-month end.</summary>
    public bool HasEnded
    {
        get => Volatile.Read(ref _hasEnded);
        set => Volatile.Write(ref _hasEnded, value);
    }
}
