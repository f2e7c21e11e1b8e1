namespace MtdIncomeTax.Hmrc.Api.Property;

public sealed record RentARoomExpenses(decimal? AmountClaimed = null);
