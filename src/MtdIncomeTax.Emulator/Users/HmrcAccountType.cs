namespace MtdIncomeTax.Emulator.Users;

/// <summary>The kind of Government Gateway account, as HMRC names its affinity groups.</summary>
internal enum HmrcAccountType
{
    Individual,
    Agent,
}
