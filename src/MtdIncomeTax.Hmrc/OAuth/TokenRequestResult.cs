using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace MtdIncomeTax.Hmrc.OAuth;

/// <summary>The outcome of one call to HMRC's token endpoint. Expected failures are values, not exceptions.</summary>
public sealed record TokenRequestResult
{
    private TokenRequestResult(TokenRequestOutcome outcome) => Outcome = outcome;

    public TokenRequestOutcome Outcome { get; }

    public HmrcTokenSet? Tokens { get; private init; }

    /// <summary>The OAuth error code, e.g. invalid_grant, when HMRC returned one.</summary>
    public string? Error { get; private init; }

    public string? ErrorDescription { get; private init; }

    public HttpStatusCode? StatusCode { get; private init; }

    [MemberNotNullWhen(true, nameof(Tokens))]
    public bool Succeeded => Outcome == TokenRequestOutcome.Succeeded;

    public static TokenRequestResult Success(HmrcTokenSet tokens) =>
        new(TokenRequestOutcome.Succeeded) { Tokens = tokens, StatusCode = HttpStatusCode.OK };

    public static TokenRequestResult Failure(
        TokenRequestOutcome outcome, HttpStatusCode? statusCode, string? error, string? errorDescription) =>
        new(outcome) { StatusCode = statusCode, Error = error, ErrorDescription = errorDescription };
}
