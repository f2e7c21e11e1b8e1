using System.Text.RegularExpressions;
using MtdIncomeTax.Hmrc.OAuth;

namespace MtdIncomeTax.UnitTests.Hmrc.OAuth;

public sealed partial class PkcePairTests
{
    [Fact]
    public void Challenge_matches_RFC_7636_example()
    {
        // RFC 7636 Appendix B.
        var challenge = PkcePair.ChallengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", challenge);
    }

    [Fact]
    public void Verifier_meets_HMRC_length_and_character_rules()
    {
        var pair = PkcePair.Create();

        Assert.InRange(pair.Verifier.Length, 43, 128);
        Assert.Matches(UnreservedCharacters(), pair.Verifier);
    }

    [Fact]
    public void Challenge_is_S256_of_the_verifier()
    {
        var pair = PkcePair.Create();

        Assert.Equal(PkcePair.ChallengeFor(pair.Verifier), pair.Challenge);
        Assert.NotEqual(pair.Verifier, pair.Challenge);
    }

    [Fact]
    public void Each_pair_is_new()
    {
        var verifiers = Enumerable.Range(0, 100).Select(_ => PkcePair.Create().Verifier).ToHashSet();

        Assert.Equal(100, verifiers.Count);
    }

    [Fact]
    public void ToString_leaves_out_the_verifier()
    {
        var pair = PkcePair.Create();

        Assert.DoesNotContain(pair.Verifier, pair.ToString());
    }

    [GeneratedRegex("^[A-Za-z0-9._~-]+$")]
    private static partial Regex UnreservedCharacters();
}
