using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace MtdIncomeTax.Hmrc.Api;

/// <summary>Builds request paths relative to the API base address.</summary>
internal static class HmrcApiPath
{
    /// <summary>
    /// Formats the path with every interpolated value escaped as one path segment, so a value can
    /// never add a segment or a query of its own.
    /// </summary>
    public static string Escaped(FormattableString path)
    {
        var arguments = path.GetArguments()
            .Select(argument => (object?)Uri.EscapeDataString(Convert.ToString(argument, CultureInfo.InvariantCulture) ?? ""))
            .ToArray();
        return string.Format(CultureInfo.InvariantCulture, path.Format, arguments);
    }

    /// <summary>Appends the query parameters that have a value; parameters left null are not sent at all.</summary>
    public static string WithQuery(string path, params (string Name, string? Value)[] parameters)
    {
        var given = parameters
            .Where(parameter => parameter.Value is not null)
            .Select(parameter => KeyValuePair.Create(parameter.Name, parameter.Value))
            .ToList();
        return given.Count == 0 ? path : QueryHelpers.AddQueryString(path, given);
    }
}
