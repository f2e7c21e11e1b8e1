namespace MtdIncomeTax.Web.Email;

/// <summary>The outcome of sending an email: Error is null when the mail server accepted it.</summary>
public sealed record EmailSendResult(string? Error)
{
    public static EmailSendResult Sent { get; } = new((string?)null);

    public bool Succeeded => Error is null;

    public static EmailSendResult Failed(string error) => new(error);
}
