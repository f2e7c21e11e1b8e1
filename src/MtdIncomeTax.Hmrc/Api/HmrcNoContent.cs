namespace MtdIncomeTax.Hmrc.Api;

/// <summary>The value of a successful call that HMRC returns without a body, such as 204 No Content.</summary>
public sealed class HmrcNoContent
{
    private HmrcNoContent()
    {
    }

    public static HmrcNoContent Instance { get; } = new();
}
