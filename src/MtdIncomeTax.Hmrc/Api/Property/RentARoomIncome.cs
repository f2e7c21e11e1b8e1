namespace MtdIncomeTax.Hmrc.Api.Property;

public sealed record RentARoomIncome(decimal? RentsReceived = null);
