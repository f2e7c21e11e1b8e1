namespace MtdIncomeTax.Web.Updates;

/// <summary>Which part of the form a figure belongs to.</summary>
public enum UpdateFieldGroup
{
    Income,

    /// <summary>The single total used instead of separate expenses.</summary>
    ConsolidatedExpenses,

    /// <summary>Separate expenses; some may go with consolidated expenses too (see <see cref="UpdateField.AllowedWithConsolidated"/>).</summary>
    Expenses,
}

/// <summary>
/// One figure of a quarterly update: the form field's key, its label, where it goes in HMRC's
/// request (a JSON pointer, also how HMRC names it in FORMAT_VALUE errors) and the range HMRC accepts.
/// Tax already deducted and reliefs are shown but left out of the income and expense totals.
/// </summary>
public sealed record UpdateField(
    string Key,
    string Label,
    string JsonPointer,
    UpdateFieldGroup Group,
    bool MayBeNegative,
    string? DisallowableKey = null,
    string? DisallowablePointer = null,
    bool AllowedWithConsolidated = false,
    bool InTotals = true)
{
    /// <summary>The largest amount HMRC accepts in any figure.</summary>
    public const decimal Maximum = 99_999_999_999.99m;
}
