using System.Text.Json;
using MtdIncomeTax.Hmrc.Api.Calculations;
using MtdIncomeTax.Hmrc.Api.FraudPrevention;
using MtdIncomeTax.Hmrc.Api.SelfEmployment;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.UnitTests.Hmrc;

public sealed class HmrcJsonTests
{
    [Fact]
    public void Body_is_camel_case_without_nulls()
    {
        var summary = new SelfEmploymentCumulativeSummary(
            new PeriodDates(new DateOnly(2025, 4, 6), new DateOnly(2025, 7, 5)),
            new SelfEmploymentPeriodIncome(Turnover: 1000m));

        var json = JsonSerializer.Serialize(summary, HmrcJson.Options);

        Assert.Equal("""{"periodDates":{"periodStartDate":"2025-04-06","periodEndDate":"2025-07-05"},"periodIncome":{"turnover":1000}}""", json);
    }

    [Theory]
    [InlineData("1000.125", "1000.13")]
    [InlineData("-1000.125", "-1000.13")]
    [InlineData("0.005", "0.01")]
    [InlineData("99999999999.99", "99999999999.99")]
    [InlineData("12.3", "12.3")]
    public void Amounts_keep_at_most_two_places(string amount, string expected)
    {
        var income = new SelfEmploymentPeriodIncome(Turnover: decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        var json = JsonSerializer.Serialize(income, HmrcJson.Options);

        Assert.Equal($$"""{"turnover":{{expected}}}""", json);
    }

    [Fact]
    public void Amount_as_string_is_read()
    {
        var income = JsonSerializer.Deserialize<SelfEmploymentPeriodIncome>("""{"turnover":"236.89"}""", HmrcJson.Options);

        Assert.Equal(236.89m, income!.Turnover);
    }

    [Theory]
    [InlineData(CalculationType.InYear, "in-year")]
    [InlineData(CalculationType.IntentToFinalise, "intent-to-finalise")]
    [InlineData(CalculationType.IntentToAmend, "intent-to-amend")]
    [InlineData(CalculationType.FinalDeclaration, "final-declaration")]
    [InlineData(CalculationType.ConfirmAmendment, "confirm-amendment")]
    public void Calculation_types_are_kebab_case(CalculationType type, string expected)
    {
        Assert.Equal(expected, HmrcJson.WireValue(type));
        Assert.Equal($"\"{expected}\"", JsonSerializer.Serialize(type, HmrcJson.Options));
    }

    [Fact]
    public void Missing_required_field_fails_to_read() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PeriodDates>("""{"periodStartDate":"2025-04-06"}""", HmrcJson.Options));

    [Fact]
    public void Header_verdict_without_issues_is_read()
    {
        var validation = JsonSerializer.Deserialize<FraudHeaderValidation>(
            """{"specVersion":"3.3","code":"VALID_HEADERS","message":"All headers appear to be valid"}""", HmrcJson.Options);

        Assert.Equal(FraudHeaderValidation.Valid, validation!.Code);
        Assert.Null(validation.Errors);
        Assert.Null(validation.Warnings);
    }

    [Fact]
    public void Header_verdict_with_warnings_only_is_read()
    {
        var validation = JsonSerializer.Deserialize<FraudHeaderValidation>(
            """
            {"specVersion":"3.3","code":"POTENTIALLY_INVALID_HEADERS","message":"At least 1 header is potentially invalid",
             "warnings":[{"code":"POTENTIALLY_INVALID_HEADER","message":"Value may be invalid","headers":["gov-client-timezone"]}]}
            """,
            HmrcJson.Options);

        Assert.Null(validation!.Errors);
        var warning = Assert.Single(validation.Warnings!);
        Assert.Equal(["gov-client-timezone"], warning.Headers);
    }
}
