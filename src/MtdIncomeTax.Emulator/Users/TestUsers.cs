using System.Security.Cryptography;
using System.Text;

namespace MtdIncomeTax.Emulator.Users;

/// <summary>
/// The seeded HMRC test users and development sign-in people. Their passwords are shown on the
/// sign-in pages, because the emulator runs only on a developer's machine or in tests.
/// </summary>
internal static class TestUsers
{
    public const string Password = "emulator";

    public static IReadOnlyList<HmrcTestUser> HmrcUsers { get; } =
    [
        new("individual-1", Password, "Sam Trader", HmrcAccountType.Individual,
            Nino: "AA123456A", MtdItId: "XAIT00000000001", AgentReferenceNumber: null,
            Businesses:
            [
                new("self-employment", "XAIS12345678901", "Plastering", "Sam's Plastering"),
                new("uk-property", "XPIS12345678902"),
            ],
            Postcode: "TF3 4NT"),
        new("individual-2", Password, "Lee Landlord", HmrcAccountType.Individual,
            Nino: "AB123456C", MtdItId: "XAIT00000000002", AgentReferenceNumber: null,
            Businesses: [new("uk-property", "XBIS12345678903")], Postcode: "BN12 4XL"),

        // Not signed up to Making Tax Digital, so agents cannot ask for authorisation.
        new("individual-3", Password, "Robin Newcomer", HmrcAccountType.Individual,
            Nino: "AC123456D", MtdItId: null, AgentReferenceNumber: null, Businesses: [], Postcode: "LS1 4AP"),
        new("agent-1", Password, "Taylor and Co Accountants", HmrcAccountType.Agent,
            Nino: null, MtdItId: null, AgentReferenceNumber: "AARN1234567", Businesses: []),
        new("agent-2", Password, "Brook Street Tax Practice", HmrcAccountType.Agent,
            Nino: null, MtdItId: null, AgentReferenceNumber: "BARN7654321", Businesses: []),

        // An agent's Government Gateway account without an agent services subscription.
        new("agent-unsubscribed", Password, "Morgan Bookkeeping", HmrcAccountType.Agent,
            Nino: null, MtdItId: null, AgentReferenceNumber: null, Businesses: []),
    ];

    public static IReadOnlyList<DevelopmentPerson> People { get; } =
    [
        new("sam", Password, "5d0f6c1e-2f43-4c0e-9a57-3b8d7c1a0001", "Sam Trader", "sam@example.test", "business"),
        new("lee", Password, "5d0f6c1e-2f43-4c0e-9a57-3b8d7c1a0002", "Lee Landlord", "lee@example.test", "business"),
        new("alex", Password, "5d0f6c1e-2f43-4c0e-9a57-3b8d7c1a0003", "Alex Agent", "alex@example.test", "agent",
            PracticeId: "taylor-and-co", PracticeName: "Taylor and Co Accountants"),
        new("casey", Password, "5d0f6c1e-2f43-4c0e-9a57-3b8d7c1a0004", "Casey Support", "casey@example.test", "support"),
        new("jo", Password, "5d0f6c1e-2f43-4c0e-9a57-3b8d7c1a0005", "Jo Bookkeeper", "jo@example.test", "agent",
            PracticeId: "taylor-and-co", PracticeName: "Taylor and Co Accountants"),
        new("robin", Password, "5d0f6c1e-2f43-4c0e-9a57-3b8d7c1a0006", "Robin Brook", "robin@example.test", "agent",
            PracticeId: "brook-street", PracticeName: "Brook Street Tax Practice"),
    ];

    public static HmrcTestUser? FindHmrcUser(string userId) =>
        HmrcUsers.FirstOrDefault(user => user.UserId == userId);

    /// <summary>Returns the development person whose username and password match, or null.</summary>
    public static DevelopmentPerson? SignInPerson(string username, string password)
    {
        var person = People.FirstOrDefault(p => p.Username == username);

        return person is not null && PasswordMatches(person.Password, password) ? person : null;
    }

    public static DevelopmentPerson? FindPerson(string subject) =>
        People.FirstOrDefault(person => person.Subject == subject);

    private static bool PasswordMatches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
