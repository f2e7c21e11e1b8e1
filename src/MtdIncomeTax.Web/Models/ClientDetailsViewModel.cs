using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Web.Support;

namespace MtdIncomeTax.Web.Models;

/// <summary>The change-details form of a client: the client as stored, what was typed, and its errors.</summary>
public sealed record ClientDetailsViewModel(AgentClient Client, ClientForm Form, IReadOnlyList<InputError> Errors)
{
    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(error => error.FieldId == fieldId)?.Message;
}
