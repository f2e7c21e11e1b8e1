using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.Web.Updates;

/// <summary>
/// The year-to-date figures of one quarterly update: the text the person typed, kept as typed, and
/// the amounts read from it. HMRC's rules apply: at most 2 decimal places, within HMRC's range, no
/// negative income, and either a total for expenses or separate expenses.
/// </summary>
public sealed partial class UpdateFigures
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    private UpdateFigures(
        string typeOfBusiness,
        IReadOnlyDictionary<string, string> entered,
        IReadOnlyDictionary<string, decimal> amounts,
        IReadOnlyList<UpdateFieldError> errors)
    {
        TypeOfBusiness = typeOfBusiness;
        Entered = entered;
        Amounts = amounts;
        Errors = errors;
    }

    public string TypeOfBusiness { get; }

    /// <summary>What the person typed, by field key; blank fields are left out.</summary>
    public IReadOnlyDictionary<string, string> Entered { get; }

    /// <summary>The amounts read from <see cref="Entered"/>, by field key; only those that are valid.</summary>
    public IReadOnlyDictionary<string, decimal> Amounts { get; }

    /// <summary>Problems in the order the fields appear on the form.</summary>
    public IReadOnlyList<UpdateFieldError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public IReadOnlyList<UpdateField> Fields => UpdateFieldCatalogue.For(TypeOfBusiness);

    /// <summary>Whether the person gave one total for expenses instead of separate ones.</summary>
    public bool UsesConsolidatedExpenses => Fields.Any(item => item.Group == UpdateFieldGroup.ConsolidatedExpenses && Entered.ContainsKey(item.Key));

    public decimal TotalIncome => Fields
        .Where(item => item.Group == UpdateFieldGroup.Income && item.InTotals)
        .Sum(item => Amounts.GetValueOrDefault(item.Key));

    /// <summary>Expenses less their disallowable parts: what reduces the profit.</summary>
    public decimal TotalAllowableExpenses => Fields
        .Where(item => item.Group != UpdateFieldGroup.Income && item.InTotals)
        .Sum(item => Amounts.GetValueOrDefault(item.Key)
            - (item.DisallowableKey is null ? 0 : Amounts.GetValueOrDefault(item.DisallowableKey)));

    public string ToJson() => JsonSerializer.Serialize(Entered);

    public string? Find(string key) => Entered.GetValueOrDefault(key);

    /// <summary>Reads figures saved by <see cref="ToJson"/>.</summary>
    public static UpdateFigures FromJson(string typeOfBusiness, string json) =>
        Read(typeOfBusiness, JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []);

    /// <summary>Reads and checks what the person typed, ignoring keys that are not figures of this type of business.</summary>
    public static UpdateFigures Read(string typeOfBusiness, IReadOnlyDictionary<string, string> input)
    {
        var entered = new Dictionary<string, string>(StringComparer.Ordinal);
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var errors = new List<UpdateFieldError>();
        var fields = UpdateFieldCatalogue.For(typeOfBusiness);

        foreach (var field in fields)
        {
            ReadOne(field.Key, field.Label, field.MayBeNegative);
            if (field.DisallowableKey is not null)
            {
                ReadOne(field.DisallowableKey, field.Label + ", disallowable part", field.MayBeNegative);
            }
        }

        var consolidated = fields.FirstOrDefault(item => item.Group == UpdateFieldGroup.ConsolidatedExpenses);
        if (consolidated is not null && entered.ContainsKey(consolidated.Key))
        {
            var separate = fields
                .Where(item => item.Group == UpdateFieldGroup.Expenses && !item.AllowedWithConsolidated)
                .SelectMany(item => item.DisallowableKey is null ? [item.Key] : new[] { item.Key, item.DisallowableKey })
                .Any(entered.ContainsKey);
            if (separate)
            {
                errors.Add(new UpdateFieldError(
                    consolidated.Key,
                    "Give either a total for allowable expenses or separate expenses, not both. HMRC does not accept both."));
            }
        }

        return new UpdateFigures(typeOfBusiness, entered, amounts, errors);

        void ReadOne(string key, string label, bool mayBeNegative)
        {
            var text = input.GetValueOrDefault(key)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            entered[key] = text;
            var error = TryParseAmount(text, label, mayBeNegative, out var amount);
            if (error is null)
            {
                amounts[key] = amount;
            }
            else
            {
                errors.Add(new UpdateFieldError(key, error));
            }
        }
    }

    /// <summary>Reads an amount as people write it: "1250", "1,250.50", "£1250.5", "-20" for a negative expense.</summary>
    internal static string? TryParseAmount(string text, string label, bool mayBeNegative, out decimal amount)
    {
        amount = 0;
        var cleaned = Separators().Replace(text, "").Replace('\u2212', '-');
        if (cleaned.StartsWith("-£", StringComparison.Ordinal))
        {
            cleaned = "-" + cleaned[2..];
        }

        cleaned = cleaned.TrimStart('£');
        if (!AmountPattern().IsMatch(cleaned))
        {
            return TooManyDecimals().IsMatch(cleaned)
                ? $"{label} must have no more than 2 decimal places"
                : $"{label} must be an amount of money, like 1250 or 1250.50";
        }

        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
            || Math.Abs(amount) > UpdateField.Maximum)
        {
            return $"{label} must be between {Limit(mayBeNegative)} and £99,999,999,999.99";
        }

        if (amount < 0 && !mayBeNegative)
        {
            return $"{label} must be £0 or more";
        }

        return null;
    }

    private static string Limit(bool mayBeNegative) => mayBeNegative ? "\u2212£99,999,999,999.99" : "£0";

    [GeneratedRegex(@"[\s,]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^-?([0-9]+(\.[0-9]{1,2})?|\.[0-9]{1,2})$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^-?[0-9]*\.[0-9]{3,}$")]
    private static partial Regex TooManyDecimals();

    /// <summary>An amount formatted as it is shown back in the form, e.g. 1250.50.</summary>
    public static string Format(decimal amount) => amount.ToString("0.00", EnglishUk);
}

/// <summary>A problem with one figure, keyed by the form field's key.</summary>
public sealed record UpdateFieldError(string Key, string Message);
