using System.Text.Json;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.UnitTests.Hmrc;

public sealed class CalculationIdTests
{
    [Theory]
    [InlineData("f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c", "f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c")]
    [InlineData("F2FB30E5-4AB6-4A29-B3C1-C7264259FF1C", "f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c")]
    [InlineData(" 12345678 ", "12345678")]
    [InlineData("c432a56d-e811-174c-a26a-76fc3bcaefe5", "c432a56d-e811-174c-a26a-76fc3bcaefe5")]
    public void Valid_calculation_id_is_normalised(string input, string expected)
    {
        Assert.True(CalculationId.TryParse(input, out var calculationId));
        Assert.Equal(expected, calculationId.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("f2fb30e5-4ab6-6a29-b3c1-c7264259ff1c")]
    [InlineData("f2fb30e5-4ab6-4a29-c3c1-c7264259ff1c")]
    [InlineData("f2fb30e54ab64a29b3c1c7264259ff1c")]
    [InlineData("12345678-f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c")]
    public void Invalid_calculation_id_is_rejected(string? input) =>
        Assert.False(CalculationId.TryParse(input, out _));

    [Fact]
    public void Json_round_trips_as_string()
    {
        var calculationId = CalculationId.Parse("f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c");

        var json = JsonSerializer.Serialize(calculationId, HmrcJson.Options);

        Assert.Equal("\"f2fb30e5-4ab6-4a29-b3c1-c7264259ff1c\"", json);
        Assert.Equal(calculationId, JsonSerializer.Deserialize<CalculationId>(json, HmrcJson.Options));
    }

    [Fact]
    public void Json_rejects_number() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CalculationId>("12345678", HmrcJson.Options));
}
