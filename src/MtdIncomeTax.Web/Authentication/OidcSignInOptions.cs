using System.ComponentModel.DataAnnotations;

namespace MtdIncomeTax.Web.Authentication;

/// <summary>How our own users sign in: the OpenID Connect provider, bound to the "Authentication" section.</summary>
public sealed class OidcSignInOptions
{
    /// <summary>Issuer address of the OpenID Connect provider; its discovery document is read from there.</summary>
    [Required, Url]
    public string Authority { get; set; } = "";

    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>From user-secrets or the environment, never committed.</summary>
    [Required]
    public string ClientSecret { get; set; } = "";

    /// <summary>Claim that carries the role (business, agent or support). Default "role".</summary>
    [Required]
    public string RoleClaimType { get; set; } = "role";

    /// <summary>
    /// Claim that carries the ID of an agent's practice; staff with the same value share one HMRC
    /// grant and client list. An agent without it gets a practice of their own. Default "practice_id".
    /// </summary>
    [Required]
    public string PracticeIdClaimType { get; set; } = "practice_id";

    /// <summary>Claim that carries the practice's display name. Default "practice_name".</summary>
    [Required]
    public string PracticeNameClaimType { get; set; } = "practice_name";

    /// <summary>Requires HTTPS for the provider's metadata. Default true; only a local provider may turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
