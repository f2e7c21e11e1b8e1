using System.Text.Json;
using MtdIncomeTax.Data.Entities;

namespace MtdIncomeTax.Data.Stores.Agents;

/// <summary>
/// Reads and writes <see cref="ClientCheckRun.SummaryJson"/>: the count of a practice's clients
/// per relationship status when the run completed, as a JSON object keyed by status name.
/// </summary>
public static class ClientCheckSummary
{
    public static string ToJson(IReadOnlyDictionary<ClientRelationshipStatus, int> countByStatus)
    {
        ArgumentNullException.ThrowIfNull(countByStatus);
        var named = countByStatus
            .OrderBy(pair => pair.Key)
            .ToDictionary(pair => pair.Key.ToString(), pair => pair.Value);
        return JsonSerializer.Serialize(named);
    }

    /// <summary>Parses a summary, skipping unknown status names; an empty or missing summary gives no counts.</summary>
    public static IReadOnlyDictionary<ClientRelationshipStatus, int> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<ClientRelationshipStatus, int>();
        }

        var named = JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [];
        return named
            .Where(pair => Enum.TryParse<ClientRelationshipStatus>(pair.Key, out _))
            .ToDictionary(pair => Enum.Parse<ClientRelationshipStatus>(pair.Key), pair => pair.Value);
    }
}
