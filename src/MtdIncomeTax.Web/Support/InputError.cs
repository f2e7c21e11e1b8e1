namespace MtdIncomeTax.Web.Support;

/// <summary>
/// A message about one invalid query value. FieldId is the id of its form field, or null for a
/// value with no field.
/// </summary>
public sealed record InputError(string? FieldId, string Message);
