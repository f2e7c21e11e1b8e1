using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.Hmrc;

/// <summary>
/// A UK tax year as HMRC writes it, "YYYY-YY" such as 2025-26. A tax year runs from 6 April to
/// 5 April of the next calendar year. HMRC's APIs accept start years 2010 to 2098 and reject a
/// range of more than one year (2025-27) with RULE_TAX_YEAR_RANGE_INVALID.
/// </summary>
[JsonConverter(typeof(TaxYearJsonConverter))]
public sealed partial record TaxYear : IComparable<TaxYear>
{
    private const int FirstStartYear = 2010;
    private const int LastStartYear = 2098;

    private TaxYear(int startYear)
    {
        StartYear = startYear;
        Value = string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");
    }

    public string Value { get; }

    /// <summary>The calendar year in which the tax year starts, e.g. 2025 for 2025-26.</summary>
    public int StartYear { get; }

    /// <summary>6 April of the start year.</summary>
    public DateOnly FirstDay => new(StartYear, 4, 6);

    /// <summary>5 April of the year after the start year.</summary>
    public DateOnly LastDay => new(StartYear + 1, 4, 5);

    public TaxYear Previous => FromStartYear(StartYear - 1);

    public TaxYear Next => FromStartYear(StartYear + 1);

    /// <summary>Parses "YYYY-YY" with surrounding whitespace ignored; the end year must follow the start year.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out TaxYear? taxYear)
    {
        taxYear = null;
        var match = input is null ? null : TaxYearPattern().Match(input.Trim());
        if (match is null || !match.Success)
        {
            return false;
        }

        var startYear = 2000 + int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var endYear = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (endYear != (startYear + 1) % 100)
        {
            return false;
        }

        taxYear = new TaxYear(startYear);
        return true;
    }

    public static TaxYear Parse(string input) =>
        TryParse(input, out var taxYear)
            ? taxYear
            : throw new FormatException($"'{input}' is not a tax year in the form YYYY-YY with consecutive years, such as 2025-26.");

    /// <summary>The tax year that contains the date: from 6 April it is the year starting then, before it the previous one.</summary>
    public static TaxYear Containing(DateOnly date) =>
        FromStartYear(date >= new DateOnly(date.Year, 4, 6) ? date.Year : date.Year - 1);

    public int CompareTo(TaxYear? other) => other is null ? 1 : StartYear.CompareTo(other.StartYear);

    public static bool operator <(TaxYear left, TaxYear right) => left.CompareTo(right) < 0;

    public static bool operator <=(TaxYear left, TaxYear right) => left.CompareTo(right) <= 0;

    public static bool operator >(TaxYear left, TaxYear right) => left.CompareTo(right) > 0;

    public static bool operator >=(TaxYear left, TaxYear right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value;

    private static TaxYear FromStartYear(int startYear) =>
        startYear is >= FirstStartYear and <= LastStartYear
            ? new TaxYear(startYear)
            : throw new ArgumentOutOfRangeException(
                nameof(startYear), startYear, $"HMRC's tax years start between {FirstStartYear} and {LastStartYear}.");

    [GeneratedRegex("^20([1-9][0-9])-([1-9][0-9])$")]
    private static partial Regex TaxYearPattern();
}
