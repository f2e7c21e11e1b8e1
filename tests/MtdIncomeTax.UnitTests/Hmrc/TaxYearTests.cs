using System.Text.Json;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.UnitTests.Hmrc;

public sealed class TaxYearTests
{
    [Theory]
    [InlineData("2025-26", 2025)]
    [InlineData(" 2025-26 ", 2025)]
    [InlineData("2010-11", 2010)]
    [InlineData("2098-99", 2098)]
    public void Valid_tax_year_is_parsed(string input, int startYear)
    {
        Assert.True(TaxYear.TryParse(input, out var taxYear));
        Assert.Equal(startYear, taxYear.StartYear);
        Assert.Equal(input.Trim(), taxYear.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025-27")]
    [InlineData("2025-25")]
    [InlineData("1999-00")]
    [InlineData("2099-00")]
    [InlineData("2009-10")]
    [InlineData("2025/26")]
    [InlineData("2025-2026")]
    [InlineData("25-26")]
    [InlineData("2025-6")]
    [InlineData("２０２５-26")]
    public void Invalid_tax_year_is_rejected(string? input) =>
        Assert.False(TaxYear.TryParse(input, out _));

    [Fact]
    public void Parse_names_expected_form()
    {
        var exception = Assert.Throws<FormatException>(() => TaxYear.Parse("2025-27"));

        Assert.Contains("2025-27", exception.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-YY", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-04-05", "2025-26")]
    [InlineData("2026-04-06", "2026-27")]
    [InlineData("2026-01-01", "2025-26")]
    [InlineData("2025-12-31", "2025-26")]
    [InlineData("2025-04-06", "2025-26")]
    [InlineData("2025-04-05", "2024-25")]
    public void Containing_splits_on_6_April(string date, string expected) =>
        Assert.Equal(expected, TaxYear.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Value);

    [Fact]
    public void First_and_last_day_bound_year()
    {
        var taxYear = TaxYear.Parse("2025-26");

        Assert.Equal(new DateOnly(2025, 4, 6), taxYear.FirstDay);
        Assert.Equal(new DateOnly(2026, 4, 5), taxYear.LastDay);
        Assert.Equal(taxYear, TaxYear.Containing(taxYear.FirstDay));
        Assert.Equal(taxYear, TaxYear.Containing(taxYear.LastDay));
    }

    [Fact]
    public void Next_of_last_year_is_out_of_range() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TaxYear.Parse("2098-99").Next);

    [Fact]
    public void Previous_and_next_are_adjacent()
    {
        var taxYear = TaxYear.Parse("2025-26");

        Assert.Equal("2024-25", taxYear.Previous.Value);
        Assert.Equal("2026-27", taxYear.Next.Value);
        Assert.Equal("2020-21", TaxYear.Parse("2019-20").Next.Value);
    }

    [Fact]
    public void Previous_of_first_year_is_out_of_range() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TaxYear.Parse("2010-11").Previous);

    [Fact]
    public void Tax_years_order_by_start()
    {
        List<string> unordered = ["2026-27", "2024-25", "2025-26"];

        var years = unordered.Select(TaxYear.Parse).Order().Select(year => year.Value).ToList();

        Assert.Equal("2024-25,2025-26,2026-27", string.Join(",", years));
        Assert.True(TaxYear.Parse("2024-25") < TaxYear.Parse("2025-26"));
    }

    [Fact]
    public void Json_is_plain_string()
    {
        var json = JsonSerializer.Serialize(new { taxYear = TaxYear.Parse("2025-26") }, HmrcJson.Options);

        Assert.Equal("""{"taxYear":"2025-26"}""", json);
        Assert.Equal(TaxYear.Parse("2025-26"), JsonSerializer.Deserialize<TaxYear>("\"2025-26\"", HmrcJson.Options));
    }

    [Fact]
    public void Json_rejects_invalid_tax_year() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TaxYear>("\"2025-27\"", HmrcJson.Options));
}
