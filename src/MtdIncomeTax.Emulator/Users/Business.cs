namespace MtdIncomeTax.Emulator.Users;

/// <summary>
/// An income source as Business Details returns it. TradingType and TradingName are set for
/// self-employment only; CommencementDate only for businesses made through Test Support.
/// </summary>
internal sealed record Business(
    string TypeOfBusiness,
    string BusinessId,
    string? TradingType = null,
    string? TradingName = null,
    DateOnly? CommencementDate = null);
