namespace MtdIncomeTax.Emulator.Api;

/// <summary>Checks of the path parameters many endpoints share, each adding its error to a list.</summary>
internal static class PathParameters
{
    public static void CheckBusinessId(string businessId, HmrcApi api, List<ApiError> errors)
    {
        if (!BusinessId.IsValid(businessId))
        {
            errors.Add(api.Error("FORMAT_BUSINESS_ID"));
        }
    }

    /// <summary>Returns the tax year, or null after adding its format or range error.</summary>
    public static TaxYear? ParseTaxYear(string taxYear, HmrcApi api, List<ApiError> errors)
    {
        var (parsed, error) = TaxYear.Parse(taxYear, api);
        if (error is not null)
        {
            errors.Add(error);
        }

        return parsed;
    }
}
