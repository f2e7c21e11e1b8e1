namespace MtdIncomeTax.Web.Models;

/// <summary>What was typed into the add-client form, shown again when it has errors.</summary>
public sealed record ClientForm(string? Name, string? Nino, string? Postcode, string? AgentType);
