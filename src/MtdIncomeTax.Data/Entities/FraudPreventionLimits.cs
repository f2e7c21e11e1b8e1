namespace MtdIncomeTax.Data.Entities;

/// <summary>Column sizes of the fraud prevention data that input is checked against before it is stored.</summary>
public static class FraudPreventionLimits
{
    /// <summary>Longest JavaScript user agent kept; browsers' strings are a few hundred characters.</summary>
    public const int UserAgentLength = 1000;

    /// <summary>Most screens kept for one device.</summary>
    public const int MaxScreens = 8;
}
