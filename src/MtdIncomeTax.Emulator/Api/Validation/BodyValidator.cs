using System.Globalization;
using System.Text.Json;

namespace MtdIncomeTax.Emulator.Api.Validation;

/// <summary>
/// Checks a JSON body against an <see cref="ObjectField"/> schema the way HMRC's validators do,
/// returning every format error at once, each with the JSON pointer of its field: a wrong type,
/// an unknown or missing field, or an empty object is RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED;
/// an amount out of range or with more than 2 decimal places is FORMAT_VALUE with its range.
/// </summary>
internal static class BodyValidator
{
    public static List<ApiError> Validate(JsonElement body, ObjectField schema, HmrcApi api)
    {
        var errors = new List<ApiError>();
        if (body.ValueKind != JsonValueKind.Object || !body.EnumerateObject().Any())
        {
            errors.Add(api.Error("RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED"));
            return errors;
        }

        CheckObject(body, schema, "", api, errors);

        return errors;
    }

    private static void Check(JsonElement value, BodyField field, string path, HmrcApi api, List<ApiError> errors)
    {
        switch (field)
        {
            case MoneyField money:
                CheckMoney(value, money, path, api, errors);
                break;
            case DateField date:
                if (value.ValueKind != JsonValueKind.String || !TryParseDate(value.GetString(), out _))
                {
                    errors.Add(api.Error(date.ErrorCode).At(path));
                }

                break;
            case EnumField choice:
                if (value.ValueKind != JsonValueKind.String || !choice.Values.Contains(value.GetString()))
                {
                    errors.Add(api.Error(choice.ErrorCode).At(path));
                }

                break;
            case TextField text:
                if (value.ValueKind != JsonValueKind.String || !text.Pattern.IsMatch(value.GetString()!))
                {
                    errors.Add(api.Error(text.ErrorCode).At(path));
                }

                break;
            case BooleanField when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                errors.Add(NonMatching(api, path));
                break;
            case ObjectField nested:
                if (value.ValueKind != JsonValueKind.Object || !value.EnumerateObject().Any())
                {
                    errors.Add(NonMatching(api, path));
                }
                else
                {
                    CheckObject(value, nested, path, api, errors);
                }

                break;
            case ArrayField array:
                CheckArray(value, array, path, api, errors);
                break;
        }
    }

    private static void CheckObject(JsonElement value, ObjectField schema, string path, HmrcApi api, List<ApiError> errors)
    {
        foreach (var property in value.EnumerateObject())
        {
            var field = schema.Fields.FirstOrDefault(f => f.Name == property.Name);
            var propertyPath = path + "/" + property.Name;
            if (field is null)
            {
                errors.Add(NonMatching(api, propertyPath));
            }
            else
            {
                Check(property.Value, field, propertyPath, api, errors);
            }
        }

        foreach (var required in schema.Required ?? [])
        {
            if (!value.TryGetProperty(required, out _))
            {
                errors.Add(NonMatching(api, path + "/" + required));
            }
        }
    }

    private static void CheckArray(JsonElement value, ArrayField array, string path, HmrcApi api, List<ApiError> errors)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            errors.Add(NonMatching(api, path));
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            Check(item, array.Item, path + "/" + index.ToString(CultureInfo.InvariantCulture), api, errors);
            index++;
        }
    }

    private static void CheckMoney(JsonElement value, MoneyField money, string path, HmrcApi api, List<ApiError> errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(NonMatching(api, path));
            return;
        }

        var valid = value.TryGetDecimal(out var amount)
            && amount >= money.Minimum
            && amount <= money.Maximum
            && decimal.Round(amount, 2) == amount;
        if (!valid)
        {
            var message = string.Create(
                CultureInfo.InvariantCulture, $"The value must be between {money.Minimum} and {money.Maximum}");
            errors.Add(api.Error("FORMAT_VALUE") with { Message = message, Paths = [path] });
        }
    }

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static ApiError NonMatching(HmrcApi api, string path) =>
        api.Error("RULE_INCORRECT_OR_EMPTY_BODY_SUBMITTED").At(path);
}
