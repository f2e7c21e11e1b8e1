using System.Text.Json;
using MtdIncomeTax.Web.Updates;

namespace MtdIncomeTax.UnitTests.Web;

public sealed class UpdateRequestBuilderTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly DateOnly Start = new(2026, 4, 6);
    private static readonly DateOnly End = new(2026, 7, 5);

    [Fact]
    public void Self_employment_fields_placed()
    {
        var figures = Read(UpdateFieldCatalogue.SelfEmployment, ("turnover", "5000"), ("costOfGoods", "100.5"), ("costOfGoodsDisallowable", "10"));

        var request = UpdateRequestBuilder.SelfEmployment(figures, Start, End);

        Assert.Equal(Start, request.PeriodDates!.PeriodStartDate);
        Assert.Equal(End, request.PeriodDates.PeriodEndDate);
        Assert.Equal(5000m, request.PeriodIncome!.Turnover);
        Assert.Equal(0m, request.PeriodIncome.Other);
        Assert.Null(request.PeriodIncome.TaxTakenOffTradingIncome);
        Assert.Equal(100.5m, request.PeriodExpenses!.CostOfGoods);
        Assert.Null(request.PeriodExpenses.ConsolidatedExpenses);
        Assert.Equal(10m, request.PeriodDisallowableExpenses!.CostOfGoodsDisallowable);
    }

    [Fact]
    public void Nil_figures_send_zero_income()
    {
        var request = UpdateRequestBuilder.SelfEmployment(Read(UpdateFieldCatalogue.SelfEmployment), Start, End);

        Assert.Equal(0m, request.PeriodIncome!.Turnover);
        Assert.Null(request.PeriodExpenses);
        Assert.Null(request.PeriodDisallowableExpenses);
    }

    [Fact]
    public void Property_request_nests_rent_a_room()
    {
        var figures = Read(UpdateFieldCatalogue.UkProperty, ("rentsReceived", "3000"), ("amountClaimed", "7500"), ("consolidatedExpenses", "40"));

        var request = UpdateRequestBuilder.UkProperty(figures, Start, End);
        var json = JsonSerializer.SerializeToElement(request, Json);

        Assert.Equal("2026-04-06", json.GetProperty("fromDate").GetString());
        Assert.Equal("2026-07-05", json.GetProperty("toDate").GetString());
        var property = json.GetProperty("ukProperty");
        Assert.Equal(3000m, property.GetProperty("income").GetProperty("rentARoom").GetProperty("rentsReceived").GetDecimal());
        Assert.Equal(0m, property.GetProperty("income").GetProperty("periodAmount").GetDecimal());
        Assert.Equal(7500m, property.GetProperty("expenses").GetProperty("rentARoom").GetProperty("amountClaimed").GetDecimal());
        Assert.Equal(40m, property.GetProperty("expenses").GetProperty("consolidatedExpenses").GetDecimal());
    }

    [Theory]
    [InlineData("/periodIncome/turnover", "turnover")]
    [InlineData("/periodDisallowableExpenses/adminCostsDisallowable", "adminCostsDisallowable")]
    [InlineData("/periodDates/periodStartDate", null)]
    public void Error_paths_map_to_fields(string path, string? key) =>
        Assert.Equal(key, UpdateRequestBuilder.FieldKeyFor(UpdateFieldCatalogue.SelfEmployment, path));

    private static UpdateFigures Read(string typeOfBusiness, params (string Key, string Value)[] input) =>
        UpdateFigures.Read(typeOfBusiness, input.ToDictionary(pair => pair.Key, pair => pair.Value));
}
