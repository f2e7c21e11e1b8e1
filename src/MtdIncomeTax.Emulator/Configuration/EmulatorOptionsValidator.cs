using Microsoft.Extensions.Options;

namespace MtdIncomeTax.Emulator.Configuration;

/// <summary>Reports every missing or invalid Emulator setting at once, each by its key.</summary>
internal sealed class EmulatorOptionsValidator : IValidateOptions<EmulatorOptions>
{
    private const string Section = EmulatorOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EmulatorOptions options)
    {
        var failures = new List<string>();

        RequirePositive(failures, options.AccessTokenLifetime, nameof(options.AccessTokenLifetime));
        RequirePositive(failures, options.GrantLifetime, nameof(options.GrantLifetime));
        RequirePositive(
            failures, options.AuthorizationCodeLifetime, nameof(options.AuthorizationCodeLifetime));

        if (options.CalculationDelay < TimeSpan.Zero)
        {
            failures.Add($"{Section}:CalculationDelay must be zero or more, such as 00:00:03; it is {options.CalculationDelay}.");
        }

        if (options.RateLimit.RequestsPerSecond < 1)
        {
            failures.Add(
                $"{Section}:RateLimit:RequestsPerSecond must be 1 or more; it is {options.RateLimit.RequestsPerSecond}.");
        }

        if (options.OAuthClients.Count == 0)
        {
            failures.Add(
                $"{Section}:OAuthClients is missing: add at least one client with " +
                $"{Section}:OAuthClients:0:ClientId, :ClientSecret and :RedirectUris:0.");
        }

        for (var i = 0; i < options.OAuthClients.Count; i++)
        {
            var client = options.OAuthClients[i];
            var key = $"{Section}:OAuthClients:{i}";
            RequireValue(failures, client.ClientId, $"{key}:ClientId");
            RequireValue(failures, client.ClientSecret, $"{key}:ClientSecret");
            RequireUris(failures, client.RedirectUris, $"{key}:RedirectUris");
        }

        if (!string.IsNullOrWhiteSpace(options.SignIn.ClientId))
        {
            RequireValue(failures, options.SignIn.ClientSecret, $"{Section}:SignIn:ClientSecret");
            RequireUris(failures, options.SignIn.RedirectUris, $"{Section}:SignIn:RedirectUris");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, TimeSpan value, string property)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{property} must be a positive time span, such as 00:10:00; it is {value}.");
        }
    }

    private static void RequireValue(List<string> failures, string value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is missing.");
        }
    }

    private static void RequireUris(List<string> failures, IList<string> uris, string key)
    {
        if (uris.Count == 0)
        {
            failures.Add($"{key} is missing: add at least {key}:0.");
        }

        for (var i = 0; i < uris.Count; i++)
        {
            if (!Uri.TryCreate(uris[i], UriKind.Absolute, out _))
            {
                failures.Add($"{key}:{i} is not an absolute URI: '{uris[i]}'.");
            }
        }
    }
}
