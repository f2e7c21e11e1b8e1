using MtdIncomeTax.Web.FraudPrevention;

namespace MtdIncomeTax.UnitTests.Web.FraudPrevention;

public sealed class BrowserDataInputTests
{
    private static BrowserDataInput Valid() =>
        new("Mozilla/5.0 (X11; Linux x86_64)", [new ScreenInput(1920, 1080, 1.5m, 24)], 1280, 720, 60);

    [Fact]
    public void Valid_input_has_no_errors() => Assert.Empty(Valid().Validate());

    [Fact]
    public void Each_wrong_value_is_reported()
    {
        var input = new BrowserDataInput("", [new ScreenInput(0, 1080, 1m, 24)], 0, 720, 15 * 60);

        var errors = input.Validate();

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, error => error.StartsWith("userAgent", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith("Each screen", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith("windowWidth", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith("timezoneOffsetMinutes", StringComparison.Ordinal));
    }

    [Fact]
    public void Screens_are_required() => Assert.Single((Valid() with { Screens = [] }).Validate());
}
