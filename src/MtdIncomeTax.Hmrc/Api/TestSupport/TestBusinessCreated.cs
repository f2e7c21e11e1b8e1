namespace MtdIncomeTax.Hmrc.Api.TestSupport;

public sealed record TestBusinessCreated(BusinessId BusinessId);
