using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace MtdIncomeTax.Emulator.Users;

/// <summary>
/// The HMRC test users of one emulator: the seeded ones of <see cref="TestUsers"/> and those made
/// through the Create Test User API or test support, which sign in and grant authority like the
/// seeded ones. Individuals are indexed by NINO, so lookups stay fast with many thousands of clients.
/// </summary>
internal sealed class HmrcUserRegistry
{
    private const string PasswordCharacters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    // The first two letters of a created NINO; each pair passes HMRC's NINO pattern.
    private static readonly string[] NinoPrefixes = ["PE", "PW", "RA", "SC", "WP", "YH"];

    // Postcode areas of created individuals, and the letters Royal Mail uses in an inward code.
    private static readonly string[] PostcodeAreas = ["TS", "LS", "BS", "CF", "NE", "EH"];
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly ConcurrentDictionary<string, HmrcTestUser> _created = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HmrcTestUser> _byNino = new(
        TestUsers.HmrcUsers.Where(user => user.Nino is not null).ToDictionary(user => user.Nino!),
        StringComparer.Ordinal);

    public HmrcTestUser? Find(string userId) =>
        TestUsers.FindHmrcUser(userId) ?? _created.GetValueOrDefault(userId);

    /// <summary>Returns the individual with this NINO, or null.</summary>
    public HmrcTestUser? FindByNino(string nino) => _byNino.GetValueOrDefault(nino);

    /// <summary>Returns the user whose User ID and password match, or null.</summary>
    public HmrcTestUser? SignIn(string userId, string password)
    {
        var user = Find(userId);

        return user is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(user.Password), Encoding.UTF8.GetBytes(password)) ? user : null;
    }

    /// <summary>
    /// Creates an individual signed up to Making Tax Digital, with a new User ID, password, NINO,
    /// MTD ID and postcode, and no businesses.
    /// </summary>
    public HmrcTestUser CreateIndividual(string firstName, string lastName)
    {
        while (true)
        {
            var nino = NinoPrefixes[RandomNumberGenerator.GetInt32(NinoPrefixes.Length)]
                + Digits(6) + "ABCD"[RandomNumberGenerator.GetInt32(4)];
            var user = new HmrcTestUser(Digits(12), NewPassword(), $"{firstName} {lastName}",
                HmrcAccountType.Individual, nino, "XJIT" + Digits(11), AgentReferenceNumber: null, Businesses: [],
                Postcode: NewPostcode());
            if (_byNino.TryAdd(nino, user))
            {
                _created[user.UserId] = user;
                return user;
            }
        }
    }

    /// <summary>Creates an agent with a new User ID, password and agent reference number.</summary>
    public HmrcTestUser CreateAgent(string name)
    {
        var user = new HmrcTestUser(Digits(12), NewPassword(), name, HmrcAccountType.Agent,
            Nino: null, MtdItId: null, AgentReferenceNumber: "XARN" + Digits(7), Businesses: []);
        _created[user.UserId] = user;

        return user;
    }

    private static string NewPostcode() =>
        PostcodeAreas[RandomNumberGenerator.GetInt32(PostcodeAreas.Length)] + Digits(1) + " " + Digits(1)
        + RandomNumberGenerator.GetString(InwardLetters, 2);

    private static string Digits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + RandomNumberGenerator.GetInt32(10))));

    private static string NewPassword() => RandomNumberGenerator.GetString(PasswordCharacters, 12);
}
