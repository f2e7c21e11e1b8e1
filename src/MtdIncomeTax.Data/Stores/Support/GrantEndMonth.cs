namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>The number of grants that end in one calendar month, counted in the time zone asked for.</summary>
public sealed record GrantEndMonth(DateOnly Month, int Count);
