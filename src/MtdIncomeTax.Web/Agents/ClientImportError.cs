namespace MtdIncomeTax.Web.Agents;

/// <summary>A problem with an import file: the row it is on (the header is row 1; 0 for the whole file) and what is wrong.</summary>
public sealed record ClientImportError(int Row, string Message)
{
    public override string ToString() => Row > 0 ? $"Row {Row}: {Message}" : Message;
}
