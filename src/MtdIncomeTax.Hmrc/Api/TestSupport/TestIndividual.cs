namespace MtdIncomeTax.Hmrc.Api.TestSupport;

/// <summary>
/// A created sandbox individual. The password signs in to the sandbox's grant-authority pages;
/// ToString leaves it out so it never reaches a log.
/// </summary>
public sealed record TestIndividual(
    string UserId,
    string Password,
    string UserFullName,
    string EmailAddress,
    TestIndividualDetails IndividualDetails)
{
    public string? SaUtr { get; init; }

    public string? Nino { get; init; }

    public string? MtdItId { get; init; }

    public string? Vrn { get; init; }

    public DateOnly? VatRegistrationDate { get; init; }

    public string? EoriNumber { get; init; }

    public override string ToString() => $"TestIndividual {{ UserId = {UserId}, Nino = {Nino}, MtdItId = {MtdItId} }}";
}
