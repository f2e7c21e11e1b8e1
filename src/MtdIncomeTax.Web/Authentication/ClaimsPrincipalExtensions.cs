using System.Security.Claims;

namespace MtdIncomeTax.Web.Authentication;

public static class ClaimsPrincipalExtensions
{
    /// <summary>Returns our user ID for a signed-in person; the sign-in handler always adds it.</summary>
    public static Guid GetUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(AppClaimTypes.UserId), out var id)
            ? id
            : throw new InvalidOperationException("The signed-in principal has no MtdIncomeTax user ID claim.");

    /// <summary>Returns our ID of the signed-in agent's practice, or null for a person who is not agent staff.</summary>
    public static Guid? FindPracticeId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(AppClaimTypes.PracticeId), out var id) ? id : null;

    /// <summary>Returns our ID of the signed-in agent's practice; the sign-in handler adds it for every agent-role person.</summary>
    public static Guid GetPracticeId(this ClaimsPrincipal principal) =>
        principal.FindPracticeId() ?? throw new InvalidOperationException("The signed-in agent has no MtdIncomeTax practice ID claim.");
}
