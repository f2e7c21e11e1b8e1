namespace MtdIncomeTax.Data.Stores.Support;

/// <summary>Builds a connection's search text: the owner's name and email and the ARN, lower case, one per line.</summary>
public static class ConnectionSearchText
{
    public static string For(string? ownerName, string? ownerEmail, string? arn)
    {
        var text = string.Join('\n', new[] { ownerName, ownerEmail, arn }.Where(part => !string.IsNullOrEmpty(part)))
            .ToLowerInvariant();
        return text.Length <= 700 ? text : text[..700];
    }

    /// <summary>Returns what a typed search is compared with: trimmed and lower case.</summary>
    public static string Term(string search) => search.Trim().ToLowerInvariant();
}
