namespace MtdIncomeTax.Web.Models;

public sealed record StatusViewModel(int StatusCode);
