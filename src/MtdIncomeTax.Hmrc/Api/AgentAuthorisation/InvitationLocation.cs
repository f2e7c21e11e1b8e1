namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>Reads an invitation ID from a path such as /agents/AARN1234567/invitations/CS5AK7O8FPC43.</summary>
internal static class InvitationLocation
{
    /// <summary>
    /// Returns the segment after "invitations" in a relative or absolute path, or null when the
    /// path does not end in an invitation.
    /// </summary>
    public static string? InvitationIdOf(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : location;
        var segments = path.Split('?', 2)[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && segments[^2] == "invitations" && segments[^1].All(char.IsAsciiLetterOrDigit)
            ? segments[^1]
            : null;
    }
}
