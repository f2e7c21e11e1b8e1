using System.Text.RegularExpressions;

namespace MtdIncomeTax.Emulator.Api.Validation;

/// <summary>One field of a request body schema, as <see cref="BodyValidator"/> checks it.</summary>
internal abstract record BodyField(string Name);

/// <summary>A JSON number of at most 2 decimal places between Minimum and Maximum, else FORMAT_VALUE.</summary>
internal sealed record MoneyField(string Name, decimal Minimum, decimal Maximum) : BodyField(Name)
{
    public const decimal Max = 99999999999.99m;

    public static MoneyField Positive(string name) => new(name, 0, Max);

    public static MoneyField Signed(string name) => new(name, -Max, Max);
}

/// <summary>A YYYY-MM-DD date; a malformed one is the given error code.</summary>
internal sealed record DateField(string Name, string ErrorCode) : BodyField(Name);

/// <summary>A string from a fixed list; another value is the given error code.</summary>
internal sealed record EnumField(string Name, IReadOnlyList<string> Values, string ErrorCode) : BodyField(Name);

/// <summary>A string matching Pattern; another value is the given error code.</summary>
internal sealed record TextField(string Name, Regex Pattern, string ErrorCode) : BodyField(Name);

internal sealed record BooleanField(string Name) : BodyField(Name);

/// <summary>A JSON object of known fields; an empty object or an unknown field is a non-matching body.</summary>
internal sealed record ObjectField(string Name, IReadOnlyList<BodyField> Fields, IReadOnlyList<string>? Required = null)
    : BodyField(Name);

/// <summary>A non-empty JSON array of objects.</summary>
internal sealed record ArrayField(string Name, ObjectField Item) : BodyField(Name);
