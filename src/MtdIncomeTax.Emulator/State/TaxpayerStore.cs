using System.Collections.Concurrent;

namespace MtdIncomeTax.Emulator.State;

/// <summary>
/// The in-memory state of every individual, by NINO. Test Support's vendor-state delete clears it,
/// for one NINO or for all.
/// </summary>
internal sealed class TaxpayerStore
{
    private readonly ConcurrentDictionary<string, TaxpayerState> _states = new(StringComparer.Ordinal);

    public TaxpayerState For(string nino) => _states.GetOrAdd(nino, _ => new TaxpayerState());

    public void Clear() => _states.Clear();

    public void Clear(string nino) => _states.TryRemove(nino, out _);
}
