using System.Globalization;
using System.Text.Json.Nodes;
using MtdIncomeTax.Emulator.State;

namespace MtdIncomeTax.Emulator.Api.Calculations;

/// <summary>
/// Writes a stored calculation as Retrieve returns it, in the shape shared by def3 (2025-26) and
/// def4 (from 2026-27) of Individual Calculations 8.0 and 9.0: metadata, inputs, and the
/// calculation's profit, allowance, Income Tax and Class 4 figures.
/// </summary>
internal static class CalculationDocument
{
    public static JsonObject Write(StoredCalculation stored, string nino)
    {
        var result = stored.Result;
        var calculation = new JsonObject
        {
            ["allowancesAndDeductions"] = new JsonObject { ["personalAllowance"] = result.PersonalAllowance },
            ["businessProfitAndLoss"] = new JsonArray([.. result.Businesses.Select(ProfitAndLoss)]),
            ["incomeSummaryTotals"] = IncomeSummaryTotals(result),
            ["taxCalculation"] = TaxCalculation(result),
        };

        return new JsonObject
        {
            ["metadata"] = Metadata(stored),
            ["inputs"] = new JsonObject
            {
                ["personalInformation"] = new JsonObject
                {
                    ["identifier"] = nino,
                    ["taxRegime"] = "uk",
                    ["itsaStatus"] = "MTD Mandated",
                },
                ["incomeSources"] = new JsonObject
                {
                    ["businessIncomeSources"] = new JsonArray([.. result.Businesses.Select(b => IncomeSource(b, stored.TaxYear))]),
                },
            },
            ["calculation"] = calculation,
        };
    }

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Metadata(StoredCalculation stored)
    {
        var periodTo = stored.Result.Businesses.Select(b => b.PeriodEnd).DefaultIfEmpty(stored.TaxYear.LastDay).Max();
        var metadata = new JsonObject
        {
            ["calculationId"] = stored.CalculationId,
            ["taxYear"] = stored.TaxYear.ToString(),
            ["requestedBy"] = "customer",
            ["requestedTimestamp"] = Timestamp(stored.RequestedAt),
            ["calculationReason"] = "customer-request",
            ["calculationTimestamp"] = Timestamp(stored.ReadyAt),
            ["calculationType"] = stored.CalculationType,
        };
        if (stored.DeclaredAt is { } declared)
        {
            metadata[stored.CalculationType == "intent-to-amend" ? "confirmationTimestamp" : "finalisationTimestamp"] =
                Timestamp(declared);
        }

        metadata["periodFrom"] = Date(stored.TaxYear.FirstDay);
        metadata["periodTo"] = Date(periodTo);

        return metadata;
    }

    private static JsonObject IncomeSource(BusinessProfit business, TaxYear taxYear)
    {
        var source = new JsonObject
        {
            ["incomeSourceId"] = business.BusinessId,
            ["incomeSourceType"] = business.TypeOfBusiness,
        };
        if (business.Name is not null)
        {
            source["incomeSourceName"] = business.Name;
        }

        source["accountingPeriodStartDate"] = Date(taxYear.FirstDay);
        source["accountingPeriodEndDate"] = Date(taxYear.LastDay);
        source["source"] = "MTD-SA";
        source["latestPeriodEndDate"] = Date(business.PeriodEnd);
        source["latestReceivedDateTime"] = Timestamp(business.ReceivedAt);

        return source;
    }

    private static JsonObject ProfitAndLoss(BusinessProfit business) => new()
    {
        ["incomeSourceId"] = business.BusinessId,
        ["incomeSourceType"] = business.TypeOfBusiness,
        ["totalIncome"] = business.TotalIncome,
        ["totalExpenses"] = business.TotalExpenses,
        ["netProfit"] = business.NetProfit,
        ["netLoss"] = business.NetLoss,
        ["taxableProfit"] = business.TaxableProfit,
    };

    private static JsonObject IncomeSummaryTotals(TaxCalculationResult result)
    {
        var totals = new JsonObject();
        var selfEmployment = result.Businesses.Where(b => b.TypeOfBusiness == "self-employment").ToList();
        var property = result.Businesses.Where(b => b.TypeOfBusiness == "uk-property").ToList();
        if (selfEmployment.Count > 0)
        {
            totals["totalSelfEmploymentProfit"] = selfEmployment.Sum(b => b.TaxableProfit);
        }

        if (property.Count > 0)
        {
            totals["totalPropertyProfit"] = property.Sum(b => b.TaxableProfit);
        }

        return totals;
    }

    private static JsonObject TaxCalculation(TaxCalculationResult result)
    {
        var incomeTax = new JsonObject
        {
            ["totalIncomeReceivedFromAllSources"] = result.TotalIncome,
            ["totalAllowancesAndDeductions"] = result.PersonalAllowance,
            ["totalTaxableIncome"] = result.TaxableIncome,
            ["payPensionsProfit"] = new JsonObject
            {
                ["incomeReceived"] = result.TotalIncome,
                ["allowancesAllocated"] = result.PersonalAllowance,
                ["taxableIncome"] = result.TaxableIncome,
                ["incomeTaxAmount"] = result.IncomeTaxCharged,
                ["taxBands"] = new JsonArray([.. result.IncomeTaxBands.Select(TaxBand)]),
            },
            ["incomeTaxCharged"] = result.IncomeTaxCharged,
            ["incomeTaxDueAfterReliefs"] = result.IncomeTaxCharged,
            ["totalIncomeTaxDue"] = result.IncomeTaxCharged,
        };
        var taxCalculation = new JsonObject { ["incomeTax"] = incomeTax };
        if (result.HasSelfEmployment)
        {
            taxCalculation["nics"] = new JsonObject
            {
                ["class4Nics"] = new JsonObject
                {
                    ["totalIncomeLiableToClass4Charge"] = result.Businesses
                        .Where(b => b.TypeOfBusiness == "self-employment").Sum(b => b.TaxableProfit),
                    ["totalAmount"] = result.Class4Nics,
                    ["nic4Bands"] = new JsonArray([.. result.Class4Bands.Select(Nic4Band)]),
                },
                ["totalNic"] = result.Class4Nics,
            };
        }

        taxCalculation["totalIncomeTaxNicsCharged"] = result.TotalIncomeTaxAndNicsDue;
        taxCalculation["totalIncomeTaxAndNicsDue"] = result.TotalIncomeTaxAndNicsDue;

        return taxCalculation;
    }

    private static JsonObject TaxBand(ChargedBand band) => new()
    {
        ["name"] = band.Name,
        ["rate"] = band.Rate,
        ["bandLimit"] = band.Limit == int.MaxValue ? 99_999_999_999 : band.Limit,
        ["apportionedBandLimit"] = band.Limit == int.MaxValue ? 99_999_999_999 : band.Limit,
        ["income"] = band.Income,
        ["taxAmount"] = band.Amount,
    };

    private static JsonObject Nic4Band(ChargedBand band)
    {
        var json = new JsonObject { ["name"] = band.Name, ["rate"] = band.Rate };
        if (band.Limit != int.MaxValue)
        {
            json["threshold"] = band.Limit;
            json["apportionedThreshold"] = band.Limit;
        }

        json["income"] = band.Income;
        json["amount"] = band.Amount;

        return json;
    }
}
