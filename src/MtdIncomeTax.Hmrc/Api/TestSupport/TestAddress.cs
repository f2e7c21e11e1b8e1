namespace MtdIncomeTax.Hmrc.Api.TestSupport;

public sealed record TestAddress(string Line1, string Line2, string Postcode);
