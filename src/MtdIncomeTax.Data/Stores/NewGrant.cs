using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.Data.Stores;

/// <summary>What a successful code exchange gives the store. ToString leaves out the tokens.</summary>
public sealed record NewGrant(Guid OwnerUserId, ConnectionKind Kind, string Environment, string? Nino, string RequestedScopes, HmrcTokenSet Tokens)
{
    /// <summary>The agent practice whose grant this is; a practice keeps one connection, whichever staff member links it.</summary>
    public Guid? PracticeId { get; init; }

    public string? Arn { get; init; }
}
