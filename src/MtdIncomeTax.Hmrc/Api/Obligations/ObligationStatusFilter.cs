namespace MtdIncomeTax.Hmrc.Api.Obligations;

/// <summary>Obligation status to filter on, sent as "open" or "fulfilled".</summary>
public enum ObligationStatusFilter
{
    Open,
    Fulfilled,
}
