namespace MtdIncomeTax.Data.Stores.Agents;

/// <summary>
/// The outcome of adding one or more clients. When any NINO is already on the list, or twice in
/// the request, nothing is added and <see cref="DuplicateNinos"/> names them.
/// </summary>
public sealed record AddClientsResult(int Added, IReadOnlyList<string> DuplicateNinos)
{
    public bool Succeeded => DuplicateNinos.Count == 0;
}
