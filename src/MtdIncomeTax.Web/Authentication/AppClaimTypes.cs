namespace MtdIncomeTax.Web.Authentication;

public static class AppClaimTypes
{
    /// <summary>Our own user ID, added at sign-in after the person is recorded in the database.</summary>
    public const string UserId = "mtdincometax:user_id";

    /// <summary>Our ID of an agent's practice, added at sign-in for agent-role people.</summary>
    public const string PracticeId = "mtdincometax:practice_id";

    public const string Name = "name";
    public const string Email = "email";
    public const string Subject = "sub";
}
