namespace MtdIncomeTax.Emulator.FraudPrevention;

/// <summary>The header checks of the latest API requests, newest first, kept in memory for tests and the emulator's page.</summary>
internal sealed class FraudHeaderResults
{
    /// <summary>Requests kept; older ones are dropped.</summary>
    public const int Capacity = 500;

    private readonly LinkedList<FraudHeaderRecord> _records = new();
    private readonly Lock _lock = new();

    public void Add(FraudHeaderRecord record)
    {
        lock (_lock)
        {
            _records.AddFirst(record);
            if (_records.Count > Capacity)
            {
                _records.RemoveLast();
            }
        }
    }

    public IReadOnlyList<FraudHeaderRecord> Latest(int count = Capacity)
    {
        lock (_lock)
        {
            return _records.Take(count).ToList();
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _records.Clear();
        }
    }
}
