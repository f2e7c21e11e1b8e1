using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace MtdIncomeTax.Web.Email;

/// <summary>Settings of outgoing email, bound to the "Email" configuration section.</summary>
public sealed class EmailOptions : IValidatableObject
{
    /// <summary>Sends email through the SMTP server below. Default false: nothing is sent.</summary>
    public bool Enabled { get; set; }

    /// <summary>SMTP server host name.</summary>
    public string? Host { get; set; }

    /// <summary>SMTP port. Default 587 (submission with STARTTLS); 465 means TLS from the start.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Sender address, such as "MtdIncomeTax &lt;no-reply@example.com&gt;".</summary>
    public string? From { get; set; }

    /// <summary>SMTP user name; no authentication when empty.</summary>
    public string? UserName { get; set; }

    /// <summary>SMTP password, from user-secrets or the environment.</summary>
    public string? Password { get; set; }

    /// <summary>Requires TLS to the server. Default true.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>Time allowed for one email, connection included. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult("Email:Host is missing; set it, or set Email:Enabled to false.", [nameof(Host)]);
        }

        if (string.IsNullOrWhiteSpace(From))
        {
            yield return new ValidationResult("Email:From is missing; set it, or set Email:Enabled to false.", [nameof(From)]);
        }
        else if (!MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult($"Email:From '{From}' is not a valid email address.", [nameof(From)]);
        }
    }
}
