using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.OAuth;

/// <summary>
/// A browser's way through the start, sign-in and grant pages for one authorize request.
/// The unguessable Id in each page's URL is what ties the browser to the request.
/// </summary>
internal sealed class Journey(string id, AuthorizationRequest request, DateTimeOffset expiresAt)
{
    public string Id { get; } = id;

    public AuthorizationRequest Request { get; } = request;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    /// <summary>The test user who signed in on the sign-in page, or null before that.</summary>
    public HmrcTestUser? User { get; set; }
}
