using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.Data.Stores;

/// <summary>What a successful code exchange gives the store. ToString leaves out the tokens.</summary>
public sealed record NewGrant(Guid OwnerUserId, ConnectionKind Kind, string Environment, string? Nino, string RequestedScopes, HmrcTokenSet Tokens);
