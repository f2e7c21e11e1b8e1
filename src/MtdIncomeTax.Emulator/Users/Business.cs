namespace MtdIncomeTax.Emulator.Users;

/// <summary>
/// An income source as Business Details List All Businesses returns it. TradingType and
/// TradingName are set for self-employment only.
/// </summary>
internal sealed record Business(
    string TypeOfBusiness,
    string BusinessId,
    string? TradingType = null,
    string? TradingName = null);
