using System.Text.Json;
using System.Text.Json.Nodes;
using MtdIncomeTax.Hmrc.Api.Property;
using MtdIncomeTax.Hmrc.Api.SelfEmployment;

namespace MtdIncomeTax.Web.Updates;

/// <summary>
/// Builds HMRC's cumulative update requests from checked figures, placing each amount at its
/// field's JSON pointer, and maps HMRC's error paths back to the form's fields.
/// </summary>
public static class UpdateRequestBuilder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The Self-Employment Business 5.0 request. Income is always sent, as zeros when none was
    /// entered, because HMRC expects income and expenses even when they are nil.
    /// </summary>
    public static SelfEmploymentCumulativeSummary SelfEmployment(UpdateFigures figures, DateOnly periodStart, DateOnly periodEnd)
    {
        var root = Tree(figures);
        var income = Object(root, "periodIncome");
        income.TryAdd("turnover", 0m);
        income.TryAdd("other", 0m);
        root["periodDates"] = new JsonObject
        {
            ["periodStartDate"] = periodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["periodEndDate"] = periodEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        return root.Deserialize<SelfEmploymentCumulativeSummary>(Json)!;
    }

    /// <summary>The Property Business 6.0 UK property request, with rents received sent as zero when none was entered.</summary>
    public static UkPropertyCumulativeSummary UkProperty(UpdateFigures figures, DateOnly periodStart, DateOnly periodEnd)
    {
        var root = Tree(figures);
        var income = Object(Object(root, "ukProperty"), "income");
        income.TryAdd("periodAmount", 0m);
        root["fromDate"] = periodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        root["toDate"] = periodEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        return root.Deserialize<UkPropertyCumulativeSummary>(Json)!;
    }

    /// <summary>The form field an HMRC error path points at, or null when it names none of them.</summary>
    public static string? FieldKeyFor(string typeOfBusiness, string path) =>
        UpdateFieldCatalogue.Pointers(typeOfBusiness)
            .Where(field => field.Pointer == path)
            .Select(field => field.Key)
            .FirstOrDefault();

    private static JsonObject Tree(UpdateFigures figures)
    {
        var root = new JsonObject();
        foreach (var (key, _, pointer) in UpdateFieldCatalogue.Pointers(figures.TypeOfBusiness))
        {
            if (!figures.Amounts.TryGetValue(key, out var amount))
            {
                continue;
            }

            var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var parent = root;
            foreach (var segment in segments[..^1])
            {
                parent = Object(parent, segment);
            }

            parent[segments[^1]] = amount;
        }

        return root;
    }

    private static JsonObject Object(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[name] = created;
        return created;
    }
}
