namespace MtdIncomeTax.Web.Authentication;

public static class AppRoles
{
    public const string Business = "business";
    public const string Agent = "agent";
    public const string Support = "support";
}
