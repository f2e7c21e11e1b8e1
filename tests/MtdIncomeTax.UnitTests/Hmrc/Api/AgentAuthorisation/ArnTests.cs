using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

namespace MtdIncomeTax.UnitTests.Hmrc.Api.AgentAuthorisation;

public sealed class ArnTests
{
    [Theory]
    [InlineData("AARN1234567", "AARN1234567")]
    [InlineData("narn0396245", "NARN0396245")]
    [InlineData(" XARN 123 4567 ", "XARN1234567")]
    [InlineData("T-ARN-1234567", "TARN1234567")]
    public void Valid_input_is_normalised(string input, string expected)
    {
        Assert.True(Arn.TryParse(input, out var arn));
        Assert.Equal(expected, arn.Value);
        Assert.Equal(expected, arn.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ARN1234567")]
    [InlineData("AARN123456")]
    [InlineData("AARN12345678")]
    [InlineData("1ARN1234567")]
    [InlineData("AARX1234567")]
    [InlineData("AARN123456A")]
    [InlineData("AARN1234567/x")]
    public void Invalid_input_is_rejected(string? input) =>
        Assert.False(Arn.TryParse(input, out _));

    [Fact]
    public void Parse_names_the_expected_form()
    {
        var exception = Assert.Throws<FormatException>(() => Arn.Parse("12345"));

        Assert.Contains("AARN1234567", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_values_are_equal()
    {
        Assert.Equal(Arn.Parse("aarn1234567"), Arn.Parse("AARN1234567"));
    }
}
