using MtdIncomeTax.Web.Linking;

namespace MtdIncomeTax.Web.Models;

public sealed record LinkResultViewModel(LinkOutcome Outcome);
