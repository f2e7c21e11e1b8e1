using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.Web.Models;

/// <summary>The support filter form: what was typed, the messages about it, and the page it submits to.</summary>
public sealed record SupportFilterViewModel(
    ConnectionListInput Input,
    IReadOnlyList<InputError> Errors,
    string FormAction)
{
    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(error => error.FieldId == fieldId)?.Message;
}
