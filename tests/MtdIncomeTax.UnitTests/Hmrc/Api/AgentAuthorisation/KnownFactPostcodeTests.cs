using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

namespace MtdIncomeTax.UnitTests.Hmrc.Api.AgentAuthorisation;

public sealed class KnownFactPostcodeTests
{
    [Theory]
    [InlineData("SW1A 2AA", "SW1A 2AA")]
    [InlineData("sw1a2aa", "SW1A 2AA")]
    [InlineData("  Sw1A   2aA ", "SW1A 2AA")]
    [InlineData("m11ag", "M1 1AG")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("cr2 6xh", "CR2 6XH")]
    [InlineData("DN551PT", "DN55 1PT")]
    [InlineData("W1A0AX", "W1A 0AX")]
    [InlineData("bfpo57", "BFPO 57")]
    [InlineData("BFPO  12345", "BFPO 12345")]
    [InlineData("S W 1 A 2 A A", "SW1A 2AA")]
    public void Valid_postcode_is_normalised(string input, string expected)
    {
        Assert.True(KnownFactPostcode.TryNormalise(input, out var postcode));
        Assert.Equal(expected, postcode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("SW1A")]
    [InlineData("2AA")]
    [InlineData("SW1A-2AA")]
    [InlineData("SW1A 2A1")]
    [InlineData("1W1A 2AA")]
    [InlineData("SWAA 2AA")]
    [InlineData("BFPO")]
    [InlineData("BFPO 123456")]
    [InlineData("BFPO 12A")]
    [InlineData("SW1A 2AA X")]
    public void Invalid_postcode_is_rejected(string? input)
    {
        Assert.False(KnownFactPostcode.TryNormalise(input, out var postcode));
        Assert.Null(postcode);
    }
}
