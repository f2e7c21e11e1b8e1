using MtdIncomeTax.Web.Linking;

namespace MtdIncomeTax.Web.Models;

/// <summary>An unsuccessful return from HMRC and how long a started link stays valid.</summary>
public sealed record LinkResultViewModel(LinkOutcome Outcome, TimeSpan AttemptLifetime);
