namespace MtdIncomeTax.ContractTests.Clients;

public sealed record CapturedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);
