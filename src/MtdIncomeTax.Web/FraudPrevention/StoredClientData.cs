using System.Net;
using System.Text.Json;
using MtdIncomeTax.Data.Entities;
using MtdIncomeTax.Hmrc.FraudPrevention;

namespace MtdIncomeTax.Web.FraudPrevention;

/// <summary>Converts between a person's stored fraud prevention data and the values the headers are built from.</summary>
public static class StoredClientData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ClientScreen> Screens(FraudPreventionData data) =>
        data.ScreensJson is null ? [] : JsonSerializer.Deserialize<List<ClientScreen>>(data.ScreensJson, Json) ?? [];

    public static IReadOnlyList<MultiFactorEntry> MultiFactor(FraudPreventionData data) =>
        data.MultiFactorJson is null ? [] : JsonSerializer.Deserialize<List<MultiFactorEntry>>(data.MultiFactorJson, Json) ?? [];

    public static string? ToJson(IReadOnlyList<ClientScreen> screens) =>
        screens.Count == 0 ? null : JsonSerializer.Serialize(screens, Json);

    public static string? ToJson(IReadOnlyList<MultiFactorEntry> factors) =>
        factors.Count == 0 ? null : JsonSerializer.Serialize(factors, Json);

    /// <summary>Returns the stored values for work that runs without the person present.</summary>
    public static FraudPreventionClientData ToClientData(FraudPreventionData data, FraudPreventionOptions options) => new()
    {
        DeviceId = data.DeviceId,
        JsUserAgent = data.JsUserAgent,
        Screens = Screens(data),
        WindowWidth = data.WindowWidth,
        WindowHeight = data.WindowHeight,
        TimezoneOffsetMinutes = data.TimezoneOffsetMinutes,
        PublicIp = IPAddress.TryParse(data.PublicIp, out var ip) ? ip : null,
        PublicPort = data.PublicPort,
        PublicIpCapturedAt = data.PublicIpCapturedAt,
        UserIds = FraudPreventionHeaders.UserIds(options, data.SignInName, data.UserId),
        MultiFactor = MultiFactor(data),
    };
}
