using MtdIncomeTax.Hmrc;

namespace MtdIncomeTax.UnitTests.Hmrc;

public sealed class NinoTests
{
    [Theory]
    [InlineData("AA123456A", "AA123456A")]
    [InlineData("aa123456a", "AA123456A")]
    [InlineData(" AA 12 34 56 A ", "AA123456A")]
    [InlineData("ab-12-34-56-c", "AB123456C")]
    [InlineData("JG123456D", "JG123456D")]
    public void Valid_input_is_normalised(string input, string expected)
    {
        Assert.True(Nino.TryParse(input, out var nino));
        Assert.Equal(expected, nino.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("AA123456")]
    [InlineData("AA123456E")]
    [InlineData("AA12345A")]
    [InlineData("AA1234567A")]
    [InlineData("QQ123456C")]
    [InlineData("DA123456A")]
    [InlineData("AD123456A")]
    [InlineData("AO123456A")]
    [InlineData("1A123456A")]
    public void Invalid_input_is_rejected(string? input) =>
        Assert.False(Nino.TryParse(input, out _));

    [Theory]
    [InlineData("BG123456A")]
    [InlineData("GB123456A")]
    [InlineData("NK123456A")]
    [InlineData("KN123456A")]
    [InlineData("TN123456A")]
    [InlineData("NT123456A")]
    [InlineData("ZZ123456A")]
    public void Prefixes_HMRC_never_issues_are_rejected(string input) =>
        Assert.False(Nino.TryParse(input, out _));

    [Fact]
    public void Masked_form_shows_only_the_last_four_characters()
    {
        Assert.True(Nino.TryParse("AA123456A", out var nino));

        Assert.Equal("*****456A", nino.Masked);
    }
}
