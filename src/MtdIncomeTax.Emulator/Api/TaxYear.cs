using System.Globalization;
using System.Text.RegularExpressions;

namespace MtdIncomeTax.Emulator.Api;

/// <summary>A tax year, 6 April to 5 April, written as HMRC writes it: "2025-26".</summary>
internal readonly partial record struct TaxYear(int StartYear) : IComparable<TaxYear>
{
    /// <summary>The first tax year of cumulative quarterly updates.</summary>
    public static readonly TaxYear FirstCumulative = new(2025);

    public DateOnly FirstDay => new(StartYear, 4, 6);

    public DateOnly LastDay => new(StartYear + 1, 4, 5);

    public TaxYear Previous => new(StartYear - 1);

    public TaxYear Next => new(StartYear + 1);

    public static TaxYear Containing(DateOnly date) =>
        date >= new DateOnly(date.Year, 4, 6) ? new TaxYear(date.Year) : new TaxYear(date.Year - 1);

    /// <summary>
    /// Parses "20YY-YY": a value that does not match is FORMAT_TAX_YEAR, and one whose years are
    /// not consecutive is RULE_TAX_YEAR_RANGE_INVALID, as HMRC's tax year resolver reports them.
    /// </summary>
    public static (TaxYear? TaxYear, ApiError? Error) Parse(string value, HmrcApi api)
    {
        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return (null, api.Error("FORMAT_TAX_YEAR"));
        }

        var start = 2000 + int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);

        return end == (start + 1) % 100 ? (new TaxYear(start), null) : (null, api.Error("RULE_TAX_YEAR_RANGE_INVALID"));
    }

    public int CompareTo(TaxYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(TaxYear left, TaxYear right) => left.StartYear < right.StartYear;

    public static bool operator >(TaxYear left, TaxYear right) => left.StartYear > right.StartYear;

    public static bool operator <=(TaxYear left, TaxYear right) => left.StartYear <= right.StartYear;

    public static bool operator >=(TaxYear left, TaxYear right) => left.StartYear >= right.StartYear;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:00}");

    [GeneratedRegex("^20([1-9][0-9])-([1-9][0-9])$")]
    private static partial Regex Pattern();
}
