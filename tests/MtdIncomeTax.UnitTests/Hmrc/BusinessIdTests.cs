using System.Text.Json;
using MtdIncomeTax.Hmrc;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.UnitTests.Hmrc;

public sealed class BusinessIdTests
{
    [Theory]
    [InlineData("XAIS12345678901", "XAIS12345678901")]
    [InlineData("xais12345678901", "XAIS12345678901")]
    [InlineData("  XPIS12345678902\t", "XPIS12345678902")]
    [InlineData("X1IS00000000000", "X1IS00000000000")]
    public void Valid_business_id_is_normalised(string input, string expected)
    {
        Assert.True(BusinessId.TryParse(input, out var businessId));
        Assert.Equal(expected, businessId.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XAIS1234567890")]
    [InlineData("XAIS123456789012")]
    [InlineData("YAIS12345678901")]
    [InlineData("XAXS12345678901")]
    [InlineData("XA IS12345678901")]
    [InlineData("X-IS12345678901")]
    public void Invalid_business_id_is_rejected(string? input) =>
        Assert.False(BusinessId.TryParse(input, out _));

    [Fact]
    public void Json_reads_lower_case_from_hmrc()
    {
        // HMRC's response schemas allow lower-case letters, its path validation does not.
        var businessId = JsonSerializer.Deserialize<BusinessId>("\"xbis12345678903\"", HmrcJson.Options);

        Assert.Equal("XBIS12345678903", businessId!.Value);
        Assert.Equal("\"XBIS12345678903\"", JsonSerializer.Serialize(businessId, HmrcJson.Options));
    }
}
