using System.Net;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>The address and source port of the person's device as seen at our edge; Port is null when no proxy passed it on.</summary>
public sealed record ClientAddress(IPAddress Ip, int? Port);
