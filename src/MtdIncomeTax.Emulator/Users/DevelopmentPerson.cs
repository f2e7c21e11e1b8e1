namespace MtdIncomeTax.Emulator.Users;

/// <summary>
/// A seeded person who signs in to our web app through the development OpenID Connect provider.
/// Agent staff carry the ID and name of the practice they work for.
/// </summary>
internal sealed record DevelopmentPerson(
    string Username,
    string Password,
    string Subject,
    string Name,
    string Email,
    string Role,
    string? PracticeId = null,
    string? PracticeName = null);
