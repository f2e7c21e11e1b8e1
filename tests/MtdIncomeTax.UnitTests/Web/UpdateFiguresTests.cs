using MtdIncomeTax.Web.Updates;

namespace MtdIncomeTax.UnitTests.Web;

public sealed class UpdateFiguresTests
{
    private const string SelfEmployment = UpdateFieldCatalogue.SelfEmployment;
    private const string UkProperty = UpdateFieldCatalogue.UkProperty;

    [Theory]
    [InlineData("1250", 1250)]
    [InlineData("1,250.50", 1250.50)]
    [InlineData("£1250.5", 1250.5)]
    [InlineData(" 12 500 ", 12500)]
    [InlineData(".75", 0.75)]
    [InlineData("99999999999.99", 99999999999.99)]
    public void Amounts_read_as_written(string typed, decimal expected)
    {
        var figures = Read(SelfEmployment, ("turnover", typed));

        Assert.True(figures.IsValid);
        Assert.Equal(expected, figures.Amounts["turnover"]);
        Assert.Equal(typed.Trim(), figures.Entered["turnover"]);
    }

    [Theory]
    [InlineData("12.345", "must have no more than 2 decimal places")]
    [InlineData("twelve", "must be an amount of money")]
    [InlineData("1.2.3", "must be an amount of money")]
    [InlineData("-5", "must be £0 or more")]
    [InlineData("100000000000", "must be between £0 and £99,999,999,999.99")]
    public void Invalid_income_names_the_box(string typed, string problem)
    {
        var figures = Read(SelfEmployment, ("turnover", typed));

        var error = Assert.Single(figures.Errors);
        Assert.Equal("turnover", error.Key);
        Assert.StartsWith("Turnover: takings, fees and sales ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(typed, figures.Entered["turnover"]);
    }

    [Theory]
    [InlineData("-20")]
    [InlineData("−20")]
    [InlineData("-£20.00")]
    public void Expenses_may_be_negative(string typed)
    {
        var figures = Read(SelfEmployment, ("adminCosts", typed));

        Assert.True(figures.IsValid);
        Assert.Equal(-20m, figures.Amounts["adminCosts"]);
    }

    [Fact]
    public void Total_and_separate_expenses_rejected()
    {
        var figures = Read(SelfEmployment, ("consolidatedExpenses", "300"), ("costOfGoodsDisallowable", "10"));

        var error = Assert.Single(figures.Errors);
        Assert.Equal("consolidatedExpenses", error.Key);
        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finance_costs_allowed_with_total()
    {
        var figures = Read(UkProperty, ("consolidatedExpenses", "300"), ("residentialFinancialCost", "120"), ("amountClaimed", "10"));

        Assert.True(figures.IsValid);
        Assert.True(figures.UsesConsolidatedExpenses);
    }

    [Fact]
    public void Totals_exclude_tax_and_disallowable()
    {
        var figures = Read(
            SelfEmployment,
            ("turnover", "10000"), ("other", "500"), ("taxTakenOffTradingIncome", "900"),
            ("costOfGoods", "2000"), ("costOfGoodsDisallowable", "250"), ("adminCosts", "-20"));

        Assert.Equal(10500m, figures.TotalIncome);
        Assert.Equal(1730m, figures.TotalAllowableExpenses);
    }

    [Fact]
    public void Saved_figures_keep_typed_text()
    {
        var figures = Read(SelfEmployment, ("turnover", "1,250.50"), ("unknownField", "5"), ("other", ""));

        var reloaded = UpdateFigures.FromJson(SelfEmployment, figures.ToJson());

        Assert.Equal(new Dictionary<string, string> { ["turnover"] = "1,250.50" }, reloaded.Entered);
        Assert.Equal(1250.50m, reloaded.Amounts["turnover"]);
    }

    private static UpdateFigures Read(string typeOfBusiness, params (string Key, string Value)[] input) =>
        UpdateFigures.Read(typeOfBusiness, input.ToDictionary(pair => pair.Key, pair => pair.Value));
}
