namespace MtdIncomeTax.Emulator.Oidc;

/// <summary>Names used by the development OpenID Connect provider.</summary>
internal static class SignInDefaults
{
    /// <summary>The cookie scheme of the provider's own session, kept apart from any host app's cookies.</summary>
    public const string CookieScheme = "EmulatorSignIn";

    public const string CookieName = ".MtdIncomeTax.Emulator.SignIn";

    public const string SignInPath = "/connect/sign-in";

    public const string SignInCodePath = "/connect/sign-in/code";

    public const string AuthorizePath = "/connect/authorize";
}
