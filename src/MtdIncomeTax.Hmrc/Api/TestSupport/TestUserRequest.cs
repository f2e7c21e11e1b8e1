namespace MtdIncomeTax.Hmrc.Api.TestSupport;

public sealed record TestUserRequest(IReadOnlyList<string> ServiceNames);
