using MtdIncomeTax.Data.Stores.Agents;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// The clients read from an import file and every problem found, one per bad row. The file is
/// imported only when <see cref="Errors"/> is empty.
/// </summary>
public sealed record ClientImport(
    IReadOnlyList<NewAgentClient> Clients,
    IReadOnlyList<ClientImportError> Errors,
    IReadOnlyDictionary<string, int> RowOfNino)
{
    public static ClientImport Failed(ClientImportError error) => new([], [error], new Dictionary<string, int>());
}
