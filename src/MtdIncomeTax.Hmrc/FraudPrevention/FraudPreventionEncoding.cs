namespace MtdIncomeTax.Hmrc.FraudPrevention;

/// <summary>
/// HMRC's encoding for header values: keys, values and list items are percent-encoded one by one
/// (RFC 3986 section 2.1, so a space is %20, never +), and the separators = &amp; and , are not.
/// </summary>
internal static class FraudPreventionEncoding
{
    /// <summary>Percent-encodes every character outside RFC 3986's unreserved set (letters, digits, - . _ ~).</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);

    /// <summary>Returns key1=value1&amp;key2=value2, leaving out pairs whose value is null or empty.</summary>
    public static string KeyValues(IEnumerable<KeyValuePair<string, string?>> pairs) =>
        string.Join('&', pairs
            .Where(pair => !string.IsNullOrEmpty(pair.Value))
            .Select(pair => Encode(pair.Key) + "=" + Encode(pair.Value!)));

    /// <summary>Joins already encoded items with commas, leaving out empty ones, because list items must not be empty.</summary>
    public static string List(IEnumerable<string> encodedItems) =>
        string.Join(',', encodedItems.Where(item => item.Length > 0));
}
