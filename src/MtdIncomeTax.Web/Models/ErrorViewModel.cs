namespace MtdIncomeTax.Web.Models;

public sealed record ErrorViewModel(string RequestId);
