namespace MtdIncomeTax.Emulator.TestSupport;

/// <summary>
/// The failure that test support has set on the token endpoint: for the next Count requests, or
/// for every request until cleared when Count is null. One instance per emulator.
/// </summary>
internal sealed class TokenEndpointFailures
{
    private readonly Lock _lock = new();
    private TokenFailureMode? _mode;
    private TimeSpan _delay;
    private int? _remaining;

    public void Set(TokenFailureMode mode, int? count, TimeSpan delay)
    {
        lock (_lock)
        {
            _mode = mode;
            _remaining = count;
            _delay = delay;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _mode = null;
            _remaining = null;
        }
    }

    /// <summary>Returns the failure for this request and counts it, or null when the endpoint works normally.</summary>
    public (TokenFailureMode Mode, TimeSpan Delay)? TakeNext()
    {
        lock (_lock)
        {
            if (_mode is not { } mode)
            {
                return null;
            }

            if (_remaining is not null && --_remaining == 0)
            {
                _mode = null;
                _remaining = null;
            }

            return (mode, _delay);
        }
    }
}
