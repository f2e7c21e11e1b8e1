using System.Text;
using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Web.Support;

/// <summary>
/// Writes the support list as CSV (RFC 4180: CRLF line ends, quoted where needed). The NINO is
/// masked and no token column exists.
/// </summary>
public static class ConnectionsCsv
{
    private static readonly string[] Header =
    [
        "Connection ID", "Owner name", "Owner email", "Kind", "Environment", "Status", "NINO (masked)", "ARN",
        "Access token expires (UTC)", "Last refreshed (UTC)", "Last refresh outcome", "Grant ends (UTC)",
    ];

    /// <summary>
    /// Writes the header and every row, and returns the row count. The UTF-8 byte order mark lets
    /// spreadsheets read names with accents correctly.
    /// </summary>
    public static async Task<int> WriteAsync(
        Stream output,
        IAsyncEnumerable<SupportConnectionRow> rows,
        CancellationToken cancellationToken)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        await using var writer = new StreamWriter(output, encoding, leaveOpen: true);
        await writer.WriteAsync(Line(Header));

        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(Fields(row)));
            count++;
        }

        return count;
    }

    /// <summary>
    /// Escapes one cell. A value that a spreadsheet would run as a formula (starting with =, +, -,
    /// @, tab or carriage return) gets a leading single quote so that it is shown as text.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny("\",\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static string Line(IEnumerable<string?> fields) => string.Join(",", fields.Select(Cell)) + "\r\n";

    private static string?[] Fields(SupportConnectionRow row) =>
    [
        row.Id.ToString(),
        row.OwnerName,
        row.OwnerEmail,
        SupportDisplay.Kind(row.Kind),
        row.Environment,
        SupportDisplay.Status(row.Status),
        row.MaskedNino,
        row.Arn,
        SupportDisplay.IsoUtc(row.AccessTokenExpiresAt),
        SupportDisplay.IsoUtc(row.LastRefreshedAt),
        row.LastRefreshOutcome,
        SupportDisplay.IsoUtc(row.GrantExpiresAt),
    ];
}
