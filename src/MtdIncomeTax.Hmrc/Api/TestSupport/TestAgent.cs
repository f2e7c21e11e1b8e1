namespace MtdIncomeTax.Hmrc.Api.TestSupport;

/// <summary>A created sandbox agent; ToString leaves the password out so it never reaches a log.</summary>
public sealed record TestAgent(string UserId, string Password, string UserFullName, string EmailAddress)
{
    public string? AgentServicesAccountNumber { get; init; }

    public override string ToString() => $"TestAgent {{ UserId = {UserId}, AgentServicesAccountNumber = {AgentServicesAccountNumber} }}";
}
