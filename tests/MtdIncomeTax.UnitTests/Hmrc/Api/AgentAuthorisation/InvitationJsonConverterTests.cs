using System.Text.Json;
using MtdIncomeTax.Hmrc.Api.AgentAuthorisation;
using MtdIncomeTax.Hmrc.Json;

namespace MtdIncomeTax.UnitTests.Hmrc.Api.AgentAuthorisation;

public sealed class InvitationJsonConverterTests
{
    private const string Pending = """
        {"_links":{"self":{"href":"/agents/AARN1234567/invitations/CS5AK7O8FPC43"}},"created":"2026-11-30T09:15:00.250",
         "expiresOn":"2026-12-21T00:00:00:000","arn":"AARN1234567","service":["MTD-IT"],"status":"Pending",
         "clientActionUrl":"https://www.tax.service.gov.uk/appoint-someone/AARN1234567/income-tax","agentType":"main"}
        """;

    [Theory]
    [InlineData("Pending", InvitationStatus.Pending)]
    [InlineData("Accepted", InvitationStatus.Accepted)]
    [InlineData("Rejected", InvitationStatus.Rejected)]
    [InlineData("Cancelled", InvitationStatus.Cancelled)]
    [InlineData("Expired", InvitationStatus.Expired)]
    [InlineData("Deauthorised", InvitationStatus.Deauthorised)]
    [InlineData("Partialauth", InvitationStatus.Partialauth)]
    [InlineData("PENDING", InvitationStatus.Pending)]
    [InlineData("partialauth", InvitationStatus.Partialauth)]
    public void HMRC_status_maps_to_enum(string status, InvitationStatus expected) =>
        Assert.Equal(expected, InvitationJsonConverter.StatusOf(status));

    [Theory]
    [InlineData("Softdeleted")]
    [InlineData("Unknown")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_status_is_Unknown(string? status) =>
        Assert.Equal(InvitationStatus.Unknown, InvitationJsonConverter.StatusOf(status));

    [Theory]
    [InlineData("main", AgentType.Main)]
    [InlineData("Supporting", AgentType.Supporting)]
    [InlineData("principal", null)]
    [InlineData(null, null)]
    public void Agent_type_maps_to_enum(string? agentType, AgentType? expected) =>
        Assert.Equal(expected, InvitationJsonConverter.AgentTypeOf(agentType));

    [Fact]
    public void Time_without_offset_is_read_as_UTC()
    {
        var invitation = Read(Pending);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 15, 0, 250, TimeSpan.Zero), invitation.Created);
        Assert.Equal(new DateOnly(2026, 12, 21), invitation.ExpiresOn);
        Assert.Equal("MTD-IT", invitation.Service);
        Assert.Equal("CS5AK7O8FPC43", invitation.Id);
        Assert.Null(invitation.Updated);
    }

    [Fact]
    public void Time_with_offset_keeps_it()
    {
        var invitation = Read(Pending.Replace("2026-11-30T09:15:00.250", "2026-11-30T09:15:00+01:00", StringComparison.Ordinal));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 15, 0, TimeSpan.Zero), invitation.Created.ToUniversalTime());
    }

    [Fact]
    public void Written_invitation_reads_back_equal()
    {
        var invitation = Read(Pending);

        var again = Read(JsonSerializer.Serialize(invitation, HmrcJson.Options));

        Assert.Equal(invitation, again);
    }

    [Theory]
    [InlineData("\"status\":\"Pending\",", "")]
    [InlineData("\"arn\":\"AARN1234567\"", "\"arn\":\"AGENT-1\"")]
    [InlineData("/invitations/CS5AK7O8FPC43", "/relationships")]
    [InlineData("\"service\":[\"MTD-IT\"]", "\"service\":[\"MTD-IT\",\"MTD-VAT\"]")]
    [InlineData("2026-12-21T00:00:00:000", "21/12/2026")]
    [InlineData("2026-11-30T09:15:00.250", "yesterday")]
    public void Broken_invitation_fails_to_read(string part, string replacement)
    {
        var json = Pending.Replace(part, replacement, StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => Read(json));
    }

    [Theory]
    [InlineData("/agents/AARN1234567/invitations/CS5AK7O8FPC43", "CS5AK7O8FPC43")]
    [InlineData("https://api.service.hmrc.gov.uk/agents/AARN1234567/invitations/BT5YMLY6GG2L6", "BT5YMLY6GG2L6")]
    [InlineData("/agents/AARN1234567/invitations/BT5YMLY6GG2L6/", "BT5YMLY6GG2L6")]
    [InlineData("/agents/AARN1234567/invitations", null)]
    [InlineData("/agents/AARN1234567/relationships/X1", null)]
    [InlineData("/agents/AARN1234567/invitations/..%2Fx", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Invitation_id_is_read_from_location(string? location, string? expected) =>
        Assert.Equal(expected, InvitationLocation.InvitationIdOf(location));

    private static Invitation Read(string json) => JsonSerializer.Deserialize<Invitation>(json, HmrcJson.Options)!;
}
