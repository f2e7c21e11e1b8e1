using MtdIncomeTax.Data.Stores.Support;

namespace MtdIncomeTax.Web.Models;

/// <summary>One connection for support staff, with its latest history and HMRC calls.</summary>
public sealed record SupportConnectionDetailViewModel(
    SupportConnectionDetail Connection,
    IReadOnlyList<SupportAuditEntry> Events,
    int EventCount,
    IReadOnlyList<SupportApiCallEntry> Calls);
