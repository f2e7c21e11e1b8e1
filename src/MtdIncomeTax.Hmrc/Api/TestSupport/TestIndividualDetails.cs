namespace MtdIncomeTax.Hmrc.Api.TestSupport;

public sealed record TestIndividualDetails(string FirstName, string LastName, DateOnly DateOfBirth, TestAddress Address);
