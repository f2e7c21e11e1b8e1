namespace MtdIncomeTax.Emulator.Users;

/// <summary>A seeded person who signs in to our web app through the development OpenID Connect provider.</summary>
internal sealed record DevelopmentPerson(
    string Username,
    string Password,
    string Subject,
    string Name,
    string Email,
    string Role);
