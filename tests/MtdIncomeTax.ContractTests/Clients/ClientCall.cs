namespace MtdIncomeTax.ContractTests.Clients;

/// <summary>One client operation, the spec operation it implements, and a call of it with sample values.</summary>
public sealed record ClientCall(
    string Name,
    string SpecFolder,
    string Method,
    string PathTemplate,
    string ApiName,
    Func<ClientHost, CancellationToken, Task<CallOutcome>> Invoke)
{
    public override string ToString() => Name;
}
