namespace MtdIncomeTax.Web.Models;

/// <summary>The Connect to HMRC page: the NINO as typed, any error, and whether a connection already exists.</summary>
public sealed record ConnectViewModel(string? Nino, string? NinoError, bool AlreadyLinked);
