using System.Text.Unicode;
using CsvHelper;
using MtdIncomeTax.Data.Stores.Agents;
using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.Web.Agents;

/// <summary>
/// Reads a client list from CSV: a header row naming the columns name, NINO, postcode and
/// optionally agent type, in any order, then one client a row. Every row is checked, so the
/// result lists each bad row with its row number, counting the header as row 1.
/// </summary>
public static class ClientCsvImport
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Most clients one file may add.</summary>
    public const int MaxRows = 5000;

    private const string NameColumn = "name";
    private const string NinoColumn = "nino";
    private const string PostcodeColumn = "postcode";
    private const string AgentTypeColumn = "agenttype";

    public const string TooLargeMessage = "The file is larger than 1 MB. Split it into smaller files";

    public const string HeaderMessage =
        "The first row of the file must name the columns: name, NINO, postcode and, if you use it, agent type";

    public const string EncodingMessage =
        "The file is not saved as UTF-8, so letters such as é or ü would be read wrongly. In Excel, save it as CSV UTF-8 (Comma delimited) and upload it again";

    /// <summary>
    /// Reads the whole file. The stream must be seekable and hold at most <see cref="MaxFileBytes"/> bytes.
    /// </summary>
    public static ClientImport Read(Stream file)
    {
        if (!IsUnicodeText(file))
        {
            return ClientImport.Failed(new ClientImportError(0, EncodingMessage));
        }

        // A UTF-8 byte order mark is skipped; RFC 4180 quoting, CRLF or LF line ends and blank lines are handled.
        // Malformed quoting fails the file, because recovering would guess where a value ends.
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrackLineNumbers = true,
            MaxRecordSize = 64 * 1024,
            IncludeValuesInExceptions = false,
        };
        using var csv = CsvReader.Create(file, options, leaveOpen: true);

        try
        {
            return ReadRows(csv);
        }
        catch (CsvFormatException exception)
        {
            return ClientImport.Failed(new ClientImportError(
                (int)exception.LineNumber,
                "The row is not valid CSV. Check that every quotation mark that opens a value also closes it"));
        }
    }

    // A file without a UTF-16 or UTF-32 byte order mark is read as UTF-8, so another encoding, such
    // as the Windows-1252 of Excel's plain "CSV" format, would turn each accented letter into U+FFFD.
    private static bool IsUnicodeText(Stream file)
    {
        var bytes = new byte[file.Length - file.Position];
        var start = file.Position;
        file.ReadExactly(bytes);
        file.Position = start;

        var utf16ByteOrderMark = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        var utf32BigEndianByteOrderMark = bytes is [0x00, 0x00, 0xFE, 0xFF, ..];
        return utf16ByteOrderMark || utf32BigEndianByteOrderMark || Utf8.IsValid(bytes);
    }

    private static ClientImport ReadRows(CsvReader csv)
    {
        var header = csv.Headers;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            return ClientImport.Failed(new ClientImportError(0, "The file is empty. Add a header row and one row for each client"));
        }

        var columns = ColumnsOf(header);
        if (columns is null)
        {
            return ClientImport.Failed(new ClientImportError(1, HeaderMessage));
        }

        var clients = new List<NewAgentClient>();
        var errors = new List<ClientImportError>();
        var rowOfNino = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = (int)csv.LineNumber;
            if (clients.Count + errors.Count >= MaxRows)
            {
                return ClientImport.Failed(new ClientImportError(
                    row, $"The file has more than {MaxRows:N0} clients. Split it into smaller files"));
            }

            var client = ReadClient(csv, columns, row, errors);
            if (client is null)
            {
                continue;
            }

            if (rowOfNino.TryGetValue(client.Nino, out var firstRow))
            {
                errors.Add(new ClientImportError(row, $"National Insurance number {Display.Nino(client.Nino)} is also on row {firstRow}"));
                continue;
            }

            rowOfNino[client.Nino] = row;
            clients.Add(client);
        }

        if (clients.Count == 0 && errors.Count == 0)
        {
            return ClientImport.Failed(new ClientImportError(0, "The file has a header row but no clients"));
        }

        return new ClientImport(clients, errors, rowOfNino);
    }

    private static NewAgentClient? ReadClient(CsvReader csv, Dictionary<string, int> columns, int row, List<ClientImportError> errors)
    {
        var fieldErrors = new List<InputError>();
        var client = ClientFields.Validate(
            Field(csv, columns, NameColumn),
            Field(csv, columns, NinoColumn),
            Field(csv, columns, PostcodeColumn),
            Field(csv, columns, AgentTypeColumn),
            fieldErrors);
        if (fieldErrors.Count > 0)
        {
            errors.Add(new ClientImportError(row, string.Join(". ", fieldErrors.Select(error => error.Message))));
        }

        return client;
    }

    private static string? Field(CsvReader csv, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var index) && index < csv.FieldCount ? csv.GetString(index) : null;

    // Header names are matched without case, spaces, hyphens or underscores, so "Agent type" and "agent_type" both count.
    private static Dictionary<string, int>? ColumnsOf(IReadOnlyList<string> header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Count; index++)
        {
            var key = new string(header[index].Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            key = key == "nationalinsurancenumber" ? NinoColumn : key;
            if (key is not (NameColumn or NinoColumn or PostcodeColumn or AgentTypeColumn) || !columns.TryAdd(key, index))
            {
                return null;
            }
        }

        return columns.ContainsKey(NameColumn) && columns.ContainsKey(NinoColumn) && columns.ContainsKey(PostcodeColumn)
            ? columns
            : null;
    }
}
