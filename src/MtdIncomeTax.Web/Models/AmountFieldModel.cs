namespace MtdIncomeTax.Web.Models;

/// <summary>One amount box of a form: its key, label, what the person typed and any problem with it.</summary>
public sealed record AmountFieldModel(string Key, string Label, string? Value, string? Error, string? Hint);
