using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.Api.BusinessDetails;

/// <summary>The canned List All Businesses results for the sandbox's Gov-Test-Scenario values.</summary>
internal static class BusinessScenarios
{
    private static readonly Business SelfEmployment =
        new("self-employment", "XAIS12345678910", "Plastering", "RCDTS");

    private static readonly Business UkProperty = new("uk-property", "XPIS12345678910");

    private static readonly Business ForeignProperty = new("foreign-property", "XFIS12345678910");

    private static readonly Business PropertyUnspecified = new("property-unspecified", "XUIS12345678910");

    /// <summary>Returns the canned list for a scenario, or null when it has none of its own.</summary>
    public static IReadOnlyList<Business>? Find(string scenario) => scenario switch
    {
        "PROPERTY" => [UkProperty],
        "FOREIGN_PROPERTY" => [ForeignProperty],
        "BUSINESS_AND_PROPERTY" => [SelfEmployment, UkProperty, ForeignProperty],
        "UNSPECIFIED" => [PropertyUnspecified],
        _ => null,
    };
}
