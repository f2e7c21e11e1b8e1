using System.Text.Json;
using System.Text.Json.Serialization;

namespace MtdIncomeTax.Hmrc.Json;

/// <summary>
/// JSON settings for HMRC's Income Tax APIs: camelCase names, null members left out, dates as
/// yyyy-MM-dd (the default for DateOnly), amounts with at most two decimal places, and enums in
/// HMRC's kebab-case such as "in-year".
/// </summary>
public static class HmrcJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The wire value of an enum member, e.g. "intent-to-finalise" for IntentToFinalise.</summary>
    public static string WireValue<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // HMRC publishes at least one example with an amount as a string ("236.89"), so
            // reading accepts either form; writing always produces numbers.
            NumberHandling = JsonNumberHandling.AllowReadingFromString,

            // A field HMRC's schema marks required is a non-nullable constructor parameter in the
            // models, so a response without it fails to read instead of carrying a hidden null.
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new MoneyJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
