using System.Net;
using MtdIncomeTax.Hmrc.Api;

namespace MtdIncomeTax.UnitTests.Hmrc.Api;

public sealed class HmrcApiErrorTests
{
    [Theory]
    [InlineData("FORMAT_NINO", true)]
    [InlineData("FORMAT_VALUE", true)]
    [InlineData("ACCEPT_HEADER_INVALID", true)]
    [InlineData("INVALID_BODY_TYPE", true)]
    [InlineData("INVALID_HTTP_METHOD", true)]
    [InlineData("RULE_INCORRECT_GOV_TEST_SCENARIO", true)]
    [InlineData("MATCHING_RESOURCE_NOT_FOUND", true)]
    [InlineData("RULE_TAX_YEAR_NOT_SUPPORTED", false)]
    [InlineData("CLIENT_OR_AGENT_NOT_AUTHORISED", false)]
    [InlineData("NO_OBLIGATIONS_FOUND", false)]
    [InlineData("INVALID_REQUEST", false)]
    [InlineData(HmrcApiError.OutcomeUnknown, false)]
    public void Our_fault_follows_code(string code, bool expected) =>
        Assert.Equal(expected, Error(code).IsOurFault);

    [Fact]
    public void Expected_not_found_is_not_our_fault() =>
        Assert.False((Error("MATCHING_RESOURCE_NOT_FOUND") with { NotFoundIsExpected = true }).IsOurFault);

    [Fact]
    public void Invalid_request_of_formats_is_our_fault()
    {
        var error = Error("INVALID_REQUEST") with
        {
            Errors = [new HmrcApiErrorDetail("FORMAT_VALUE", "", ["/a"]), new HmrcApiErrorDetail("FORMAT_DATE", "", ["/b"])],
        };

        Assert.True(error.IsOurFault);
    }

    private static HmrcApiError Error(string code) => new(HttpStatusCode.BadRequest, code, "message", [], null);
}
