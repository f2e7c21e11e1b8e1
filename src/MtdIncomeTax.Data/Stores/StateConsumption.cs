namespace MtdIncomeTax.Data.Stores;

public enum StateConsumption
{
    Consumed,
    Unknown,
    Expired,
    AlreadyUsed,
    OtherUser,
}
